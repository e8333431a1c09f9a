/**
 * Board readers → the snapshot transform's plain inputs (shared/plan/input.ts): SWOT items and
 * notes, fishbone heads, and root causes — one entry per shared cause, listing every head it sits
 * under, with the effective systemic flag (manual override applied).
 */
import type { FishboneState } from '../../doc/fishbone-read'
import type { SwotState } from '../../doc/swot-read'
import { SWOT_QUADRANTS } from '../../content/swot-prompts'
import type { CauseInput, FishboneHeadInput, NoteInput, SwotItemInput } from '../../plan/input'
import { isRootCause } from './prioritise'
import { systemicIndex } from './systemic'

export function swotSnapshotInput(swot: SwotState): {
  readonly swot: readonly SwotItemInput[]
  readonly leverageNotes: readonly NoteInput[]
  readonly rootCauseNotes: readonly NoteInput[]
} {
  const items = swot.boards.flatMap((b) =>
    SWOT_QUADRANTS.flatMap((q) =>
      b.quadrants[q].map((i) => ({
        id: i.id,
        quadrant: i.quadrant,
        text: i.text,
        evidence: i.evidence,
        ...(i.evidenceLink !== undefined && { link: i.evidenceLink }),
        boardTitle: b.title,
      })),
    ),
  )
  const notes = (pair: 'leverage' | 'rootCauses') =>
    swot.boards.filter((b) => b.notes[pair].trim() !== '').map((b) => ({ id: `${b.id}:${pair}`, text: b.notes[pair] }))
  return { swot: items, leverageNotes: notes('leverage'), rootCauseNotes: notes('rootCauses') }
}

export function fishboneSnapshotInput(state: FishboneState): { readonly heads: readonly FishboneHeadInput[]; readonly causes: readonly CauseInput[] } {
  const systemic = systemicIndex(state)
  const seen = new Set<string>()
  const causes: CauseInput[] = []
  for (const f of state.fishbones)
    for (const c of f.causes) {
      if (!isRootCause(c) || seen.has(c.sharedKey)) continue
      seen.add(c.sharedKey)
      const info = systemic(c)
      causes.push({
        id: c.id,
        text: c.text,
        kind: 'cause',
        actionable: true,
        evidence: c.evidence,
        ...(c.evidenceLink !== undefined && { link: c.evidenceLink }),
        ...(c.practiceCode !== undefined && { practiceCode: c.practiceCode }),
        prioritised: true,
        // a manual "not systemic" keeps the list to this diagram, since the plan also infers from heads
        headIds: info.systemic ? info.fishboneIds : [f.id],
        systemic: info.systemic,
      })
    }
  return { heads: state.fishbones.map((f) => ({ id: f.id, text: f.head.text })), causes }
}
