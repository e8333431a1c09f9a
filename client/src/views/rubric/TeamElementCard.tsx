/**
 * One element in the team review: what it says, how people picked (distribution, and in named mode who
 * picked what), the pooled evidence, then the team's evidence and level.
 */
import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { Rubric } from '../../../../shared/content/rubric-model'
import { teamEvidenceText } from '../../../../shared/doc/rubric'
import type { AnonymousElementResult, NamedElementResult } from '../../../../shared/domain/rubric/publication'
import { findElement } from '../../../../shared/domain/rubric/structure'
import type { TeamElement } from '../../../../shared/domain/rubric/types'
import { LabelledYText } from '../../ui/LabelledYText'
import { Distribution } from './Distribution'
import { useYText } from './hooks'
import { TeamLevel } from './TeamLevel'

export type ResultRow = AnonymousElementResult | NamedElementResult

interface Props {
  readonly rubric: Rubric
  readonly row: ResultRow
  readonly doc: Y.Doc
  readonly team: TeamElement | undefined
  readonly nameOf: (memberId: string) => string
  readonly readOnly: boolean
  readonly by: string
}

export function TeamElementCard({ rubric, row, doc, team, nameOf, readOnly, by }: Props) {
  const placed = findElement(rubric, row.elementId)
  const text = useMemo(() => teamEvidenceText(doc, row.elementId), [doc, row.elementId])
  const evidence = useYText(text)
  if (!placed) return null
  const headingId = `rb-team-${row.elementId}`
  const pooled = row.evidence.map((e) => (typeof e === 'string' ? e : `${nameOf(e.memberId)}: ${e.text}`))
  const lockedBy = team?.setBy && team.setBy !== 'team' ? nameOf(team.setBy) : null
  return (
    <li className="rb-team-element card" data-element={row.elementId} data-testid="rubric-team-element">
      <article aria-labelledby={headingId}>
      <h4 id={headingId}>
        <span className="rb-code">{row.elementId}</span> {placed.element.shortTitle}
        {row.disagreement && <span className="rb-badge"> ⚠ Disagreement</span>}
      </h4>
      <p>{placed.element.statement.text}</p>
      <div className="rb-team-grid">
        <Distribution rubric={rubric} stats={row} />
        <div>
          {'picks' in row && row.picks && Object.keys(row.picks).length > 0 && (
            <>
              <p className="rb-sub">Who picked what</p>
              <ul className="rb-who">
                {Object.entries(row.picks).map(([memberId, level]) => (
                  <li key={memberId}>
                    {nameOf(memberId)}: {rubric.levels[level]?.label ?? ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="rb-sub">Individual evidence{pooled.length > 0 && typeof row.evidence[0] === 'string' ? ' (pooled, without names)' : ''}</p>
          {pooled.length === 0 ? (
            <p className="empty">No evidence was written for this element.</p>
          ) : (
            <ul className="rb-evidence">
              {pooled.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <LabelledYText
        text={text}
        label={`Team evidence for ${row.elementId}`}
        hint="What the team agrees shows the current state. No student-identifiable data."
        className="field rb-textfield"
        multiline
        rows={3}
        disabled={readOnly}
      />
      <TeamLevel
        rubric={rubric}
        doc={doc}
        elementId={row.elementId}
        team={team}
        hasEvidence={evidence.trim() !== ''}
        readOnly={readOnly}
        by={by}
        lockedByName={lockedBy}
      />
      </article>
    </li>
  )
}
