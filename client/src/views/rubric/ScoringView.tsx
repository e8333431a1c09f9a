/**
 * The individual phase: this member's private picks and evidence for every element, grouped by
 * domain and practice, with "k of N" progress, a jump to the next unscored element, and undo/redo of
 * their own changes. Everything here lives in `private/<me>`, which nobody else can open.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import type { Rubric } from '../../../../shared/content/rubric-model'
import type { AnonymityMode } from '../../../../shared/domain/facilitation/control-state'
import { readPicks } from '../../../../shared/doc/rubric'
import { privateRoot } from '../../../../shared/doc/schema'
import { memberProgress } from '../../../../shared/domain/rubric/progress'
import { rubricElements } from '../../../../shared/domain/rubric/structure'
import { ElementScoring, radioId } from './ElementScoring'
import { ROOTS } from '../../../../shared/doc/schema'
import { useUndo } from '../../ui/use-undo'
import { useDocRead } from '../../workspace/use-doc-read'
import { UndoButtons } from './UndoButtons'

interface Props {
  readonly rubric: Rubric
  readonly doc: Y.Doc
  readonly revealed: readonly string[]
  readonly anonymity: AnonymityMode
}

export function ScoringView({ rubric, doc, revealed, anonymity }: Props) {
  const picks = useDocRead(doc, readPicks, { roots: [ROOTS.private.rubric] })
  const progress = memberProgress(rubric, picks)
  const undo = useUndo([privateRoot(doc, 'rubric')])
  const placed = useMemo(() => rubricElements(rubric), [rubric])
  // one domain at a time keeps the page short; the jump button crosses domains
  const [domainId, setDomainId] = useState(rubric.domains[0]?.id ?? '')
  const focusAfterRender = useRef<string | null>(null)
  useEffect(() => {
    const id = focusAfterRender.current
    if (!id) return
    focusAfterRender.current = null
    const radio = document.getElementById(id)
    radio?.scrollIntoView({ block: 'center' })
    radio?.focus()
  })

  const jumpToNext = () => {
    const next = placed.find((p) => picks[p.element.id] === undefined)
    if (!next) return
    focusAfterRender.current = radioId(next.element.id, 0)
    if (next.domain.id !== domainId) setDomainId(next.domain.id)
    else {
      const radio = document.getElementById(focusAfterRender.current)
      focusAfterRender.current = null
      radio?.scrollIntoView({ block: 'center' })
      radio?.focus()
    }
  }
  const scoredIn = (id: string) => placed.filter((p) => p.domain.id === id && picks[p.element.id] !== undefined).length
  const sizeOf = (id: string) => placed.filter((p) => p.domain.id === id).length

  return (
    <section aria-labelledby="rb-scoring-heading" className="rb-scoring" onKeyDown={undo.onKeyDown}>
      <h3 id="rb-scoring-heading">My scoring</h3>
      <p className="rb-privacy card" id="rb-privacy">
        Your picks and evidence are <strong>private</strong> until the facilitator reveals results.
        {anonymity === 'anonymous'
          ? ' This session is anonymous: the team then sees only counts per level and pooled evidence, never who picked what.'
          : ' This session is named: after the reveal the team sees who picked which level and who wrote which evidence.'}{' '}
        Do not put student names or other student-identifiable data in evidence.
      </p>
      <div className="rb-progress row">
        <label htmlFor="rb-progress-bar">Progress</label>
        <progress id="rb-progress-bar" max={progress.total} value={progress.scored} />
        <p role="status" aria-live="polite" data-testid="rubric-progress" className="rb-progress-text">
          {progress.scored} of {progress.total} elements scored{progress.finished ? ' — all done, thank you.' : '.'}
        </p>
        <button type="button" onClick={jumpToNext} disabled={progress.finished}>
          Go to next unscored element
        </button>
        <UndoButtons undo={undo} what="my scoring" />
      </div>
      <nav aria-label="Domains to score" className="row rb-wrap rb-domain-tabs">
        {rubric.domains.map((d) => (
          <button key={d.id} type="button" aria-pressed={d.id === domainId} onClick={() => setDomainId(d.id)}>
            {d.number}. {d.title.text} ({scoredIn(d.id)} of {sizeOf(d.id)})
          </button>
        ))}
      </nav>
      {rubric.domains
        .filter((domain) => domain.id === domainId)
        .map((domain) => (
          <section key={domain.id} aria-labelledby={`rb-sd-${domain.id}`} className="rb-domain">
            <h4 id={`rb-sd-${domain.id}`}>
              Domain {domain.number}: {domain.title.text}
            </h4>
            {revealed.includes(domain.id) && (
              <p className="rb-note">
                ℹ Results for this domain have been revealed. Changes you make now count when the facilitator reopens scoring
                or reveals again.
              </p>
            )}
            {domain.practices.map((practice) => (
              <section key={practice.id} aria-labelledby={`rb-sp-${practice.id}`}>
                <h5 id={`rb-sp-${practice.id}`}>
                  {practice.id}. {practice.title.text}
                </h5>
                {placed
                  .filter((p) => p.practice.id === practice.id)
                  .map((p) => (
                    <ElementScoring key={p.element.id} rubric={rubric} placed={p} doc={doc} pick={picks[p.element.id]} />
                  ))}
              </section>
            ))}
          </section>
        ))}
    </section>
  )
}
