/**
 * The team review after a reveal: revealed elements disagreement-first (or in rubric order), each with
 * its distribution, pooled evidence and the team's level + evidence; then the per-domain strengths and
 * weaknesses and the hand-off into the SWOT. Before any reveal it explains what will appear here.
 */
import { useState } from 'react'
import type * as Y from 'yjs'
import type { AnonymityMode } from '../../../../shared/domain/facilitation/control-state'
import type { Rubric } from '../../../../shared/content/rubric-model'
import { readTeam, type PublishedRubric } from '../../../../shared/doc/rubric'
import { boardRoot } from '../../../../shared/doc/schema'
import { disagreementFirst, inRubricOrder } from '../../../../shared/domain/rubric/order'
import { ROOTS } from '../../../../shared/doc/schema'
import { useUndo } from '../../ui/use-undo'
import { useDocRead } from '../../workspace/use-doc-read'
import { SendToSwot } from './SendToSwot'
import { StrengthsWeaknesses } from './StrengthsWeaknesses'
import { TeamElementCard, type ResultRow } from './TeamElementCard'
import { UndoButtons } from './UndoButtons'

interface Props {
  readonly rubric: Rubric
  readonly doc: Y.Doc
  readonly published: PublishedRubric | null
  readonly nameOf: (memberId: string) => string
  readonly meId: string
  readonly anonymity: AnonymityMode
  readonly readOnly: boolean
}

export function TeamReview({ rubric, doc, published, nameOf, meId, anonymity, readOnly }: Props) {
  const [order, setOrder] = useState<'disagreement' | 'rubric'>('disagreement')
  const team = useDocRead(doc, readTeam, { roots: [ROOTS.board.rubricTeam] })
  const undo = useUndo([boardRoot(doc, 'rubricTeam')], { enabled: !readOnly })

  if (!published || published.revealedDomains.length === 0) {
    return (
      <section aria-labelledby="rb-review-heading">
        <h3 id="rb-review-heading">Team review</h3>
        <p className="empty card">
          Nothing has been revealed yet. Everyone first scores privately under “My scoring”; when people are done the facilitator
          reveals one domain or all of them, and the distribution of picks for each element appears here, disagreements first.
        </p>
      </section>
    )
  }

  const rows: readonly ResultRow[] = published.publication.elements
  const sorted = order === 'disagreement' ? disagreementFirst(rubric, rows) : inRubricOrder(rubric, rows)
  const flagged = rows.filter((r) => r.disagreement).length
  const by = anonymity === 'anonymous' ? 'team' : meId
  const revealedDomains = rubric.domains.filter((d) => published.revealedDomains.includes(d.id))

  return (
    <section aria-labelledby="rb-review-heading" className="rb-review" onKeyDown={undo.onKeyDown}>
      <h3 id="rb-review-heading">Team review</h3>
      <p>
        Revealed: {revealedDomains.map((d) => d.title.text).join(', ')} · {published.publication.mode === 'anonymous' ? 'anonymous results' : 'named results'} ·{' '}
        {flagged} {flagged === 1 ? 'element' : 'elements'} with disagreement.
      </p>
      <div className="row rb-wrap">
        <fieldset className="row rb-inline">
          <legend>Order</legend>
          <label className="row">
            <input type="radio" name="rb-order" checked={order === 'disagreement'} onChange={() => setOrder('disagreement')} />
            Disagreements first
          </label>
          <label className="row">
            <input type="radio" name="rb-order" checked={order === 'rubric'} onChange={() => setOrder('rubric')} />
            Rubric order
          </label>
        </fieldset>
        {!readOnly && <UndoButtons undo={undo} what="the team review" />}
      </div>
      <ol className="rb-team-list">
        {sorted.map((row) => (
          <TeamElementCard
            key={row.elementId}
            rubric={rubric}
            row={row}
            doc={doc}
            team={team.elements[row.elementId]}
            nameOf={nameOf}
            readOnly={readOnly}
            by={by}
          />
        ))}
      </ol>
      <section aria-labelledby="rb-sw-heading" className="card">
        <h3 id="rb-sw-heading">Strengths and weaknesses by domain</h3>
        {revealedDomains.map((d) => (
          <StrengthsWeaknesses key={d.id} domain={d} doc={doc} readOnly={readOnly} />
        ))}
      </section>
      <SendToSwot rubric={rubric} doc={doc} team={team} authorId={anonymity === 'anonymous' ? undefined : meId} readOnly={readOnly} />
    </section>
  )
}
