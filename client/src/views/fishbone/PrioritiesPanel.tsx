/**
 * "Prioritise the causes in each area": per-bone and overall lists ranked by the latest closed dot
 * vote, the facilitator's "top cause" marks, and where each top cause goes next (the SWOT's
 * "What are the root causes?" area, then the plan).
 */
import { useId } from 'react'
import { PRIORITISE_PROMPT_ID } from '../../../../shared/content/fishbone'
import type { Cause, Fishbone } from '../../../../shared/doc/fishbone-read'
import { isRootCause, prioritiseFishbone, rootCauseGaps } from '../../../../shared/domain/fishbone/prioritise'
import { promptText } from '../../../../shared/domain/fishbone/prompts'
import { rankLabel, type Ranked } from '../../../../shared/domain/votes'
import { gapSentence, type ClosedVote } from './priorities'

interface Props {
  readonly fishbone: Fishbone
  readonly vote: ClosedVote | undefined
  readonly canMark: boolean
  readonly onMark: (causeId: string, top: boolean) => void
}

function Item({ r, voted, canMark, onMark, showBone }: { r: Ranked<Cause>; voted: boolean; canMark: boolean; onMark: Props['onMark']; showBone?: string }) {
  const c = r.item
  const text = c.text.trim() || 'Empty cause'
  const gaps = c.prioritised ? gapSentence(rootCauseGaps(c)) : ''
  return (
    <li className={c.prioritised ? 'fb-prio top' : 'fb-prio'} data-cause-id={c.id}>
      {canMark && (
        <label className="fb-mark">
          <input type="checkbox" checked={c.prioritised} onChange={(e) => onMark(c.id, e.target.checked)} />
          <span className="fb-sr">Top cause: {text}</span>
        </label>
      )}
      <span>
        {voted && r.rank !== undefined && <span className="fb-rank">{rankLabel(r)} </span>}
        {text}
        {showBone && <span className="muted small"> · {showBone}</span>}
        {voted && (
          <span className="muted small">
            {' '}
            · {r.votes} {r.votes === 1 ? 'dot' : 'dots'}
          </span>
        )}
        {c.prioritised && <span className="fb-badge"> Top cause</span>}
        {isRootCause(c) && <span className="small fb-flow"> → SWOT: What are the root causes?{c.needsEvidence ? ' (still needs evidence)' : ''}</span>}
        {gaps && <span className="small muted fb-gaps"> {gaps}</span>}
      </span>
    </li>
  )
}

export function PrioritiesPanel({ fishbone, vote, canMark, onMark }: Props) {
  const ids = useId()
  const p = prioritiseFishbone(fishbone, vote?.totals ?? {})
  const boneLabel = new Map(fishbone.bones.map((b) => [b.id, b.label]))
  const roots = fishbone.causes.filter(isRootCause)
  return (
    <section className="fb-priorities card" aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`}>Prioritise</h3>
      <p className="hint">{promptText(PRIORITISE_PROMPT_ID)}</p>
      {/* not live: the workspace announcer already says when a vote closes, with its result */}
      <p className="small">
        {vote
          ? `Ranked by the dot vote “${vote.title}” (${vote.voters} ${vote.voters === 1 ? 'voter' : 'voters'}).`
          : 'No dot vote has closed on this fishbone yet, so the lists follow the outline. The facilitator can open one below.'}
      </p>
      {canMark && fishbone.causes.length > 0 && <p className="small">Tick the box beside a cause to mark it as a top cause for the plan.</p>}
      {fishbone.causes.length === 0 ? (
        <p className="empty">Causes appear here once they are on the bones.</p>
      ) : (
        <>
          <div className="fb-prio-bones">
            {p.perBone
              .filter((b) => b.ranked.length > 0)
              .map((b) => (
                <div key={b.boneId}>
                  <h4>{b.label}</h4>
                  <ol className="fb-prio-list">
                    {b.ranked.map((r) => (
                      <Item key={r.item.id} r={r} voted={vote !== undefined} canMark={canMark} onMark={onMark} />
                    ))}
                  </ol>
                </div>
              ))}
          </div>
          {vote && (
            <>
              <h4>Overall</h4>
              <ol className="fb-prio-list">
                {p.overall.slice(0, 10).map((r) => (
                  <Item key={r.item.id} r={r} voted canMark={canMark} onMark={onMark} showBone={boneLabel.get(r.item.boneId) ?? ''} />
                ))}
              </ol>
            </>
          )}
          <p className="small">
            {roots.length === 0
              ? 'No root cause goes to the SWOT yet: mark top causes, tagged as causes (not symptoms) and actionable.'
              : `${roots.length} root ${roots.length === 1 ? 'cause goes' : 'causes go'} to the SWOT “What are the root causes?” area${fishbone.head.swotItemId ? '' : ' once this fishbone is linked to a SWOT item'}, and from there into the plan.`}
          </p>
        </>
      )}
    </section>
  )
}
