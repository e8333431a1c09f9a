/**
 * What a priority or strategy can be traced to, read from the board: fishbone causes (root causes
 * first), SWOT items and rubric elements with a team level. Labels are what the pickers show.
 */
import type * as Y from 'yjs'
import { readFishbones } from '../../../../shared/doc/fishbone-read'
import { readTeam } from '../../../../shared/doc/rubric'
import { readSwot } from '../../../../shared/doc/swot-read'
import { SWOT_QUADRANTS } from '../../../../shared/content/swot-prompts'
import { isRootCause } from '../../../../shared/domain/fishbone/prioritise'
import type { LinkKind } from '../../../../shared/plan/items'
import { elementTitle, levelLabel } from '../../../../shared/plan/rubric-index'

export interface TraceTarget {
  readonly id: string
  readonly label: string
  /** where it sits: the fishbone head, the SWOT quadrant, the rubric level */
  readonly context: string
}
export type TraceTargets = { readonly [K in LinkKind]: readonly TraceTarget[] }

const QUADRANT = { strengths: 'Strength', weaknesses: 'Weakness', opportunities: 'Opportunity', threats: 'Threat' } as const

export function readTraceTargets(doc: Y.Doc): TraceTargets {
  const causes = readFishbones(doc).fishbones.flatMap((f) =>
    f.causes
      .filter((c) => c.text.trim() !== '')
      .map((c) => ({ id: c.id, label: c.text, context: `${isRootCause(c) ? 'Root cause' : 'Cause'} · ${f.head.text || 'untitled fishbone'}`, root: isRootCause(c) })),
  )
  causes.sort((a, b) => Number(b.root) - Number(a.root))
  const swot = readSwot(doc).boards.flatMap((b) =>
    SWOT_QUADRANTS.flatMap((q) => b.quadrants[q].filter((i) => i.text.trim() !== '').map((i) => ({ id: i.id, label: i.text, context: `${QUADRANT[q]} · ${b.title || 'SWOT'}` }))),
  )
  const rubric = Object.entries(readTeam(doc).elements)
    .filter(([, e]) => e.level !== null)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, e]) => ({ id, label: `${id} ${elementTitle(id) ?? ''}`.trim(), context: `Team level: ${levelLabel(e.level ?? 0)}` }))
  return { cause: causes.map(({ root: _root, ...t }) => t), swot, rubric }
}
