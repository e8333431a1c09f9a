/**
 * Fishbone diagrams as plain readonly data (the one place fishbone Y types become values). Remote
 * junk reads as absent; causes come out in display order with their effective bone and depth.
 */
import * as Y from 'yjs'
import {
  ACTIONABLE,
  BREAKDOWN_LEVELS,
  CAUSE_KINDS,
  HEAD_POLARITIES,
  PRACTICE_CODES,
  YES_NO,
  type Actionable,
  type BreakdownLevel,
  type CauseKind,
  type HeadPolarity,
  type PracticeCode,
  type YesNo,
} from '../content/fishbone'
import { placeCauses, type RawCauseLink } from '../domain/fishbone/tree'
import { fishbones } from './fishbone'
import { byOrderThenId } from './fractional-index'
import { needsEvidence } from './swot-read'
import { bool, num, oneOf, orderOf, str, textOf, yMap } from './yfields'

export interface Bone {
  readonly id: string
  readonly label: string
  readonly order: string
  /** Tool C domain id for the four default bones */
  readonly domain?: string
}

export interface Cause {
  readonly id: string
  readonly fishboneId: string
  readonly boneId: string
  readonly parentId?: string
  readonly depth: number
  readonly order: string
  readonly createdAt: number
  readonly text: string
  readonly evidence: string
  readonly evidenceLink?: string
  readonly authorId?: string
  readonly actionable?: Actionable
  readonly withinControl?: YesNo
  readonly kind?: CauseKind
  /** the manual override; the effective flag is `domain/fishbone/systemic` */
  readonly systemicOverride?: YesNo
  readonly breakdownLevel?: BreakdownLevel
  readonly practiceCode?: PracticeCode
  readonly prioritised: boolean
  /** identifies "the same cause" across diagrams (its own id until linked) */
  readonly sharedKey: string
  readonly needsEvidence: boolean
}

export interface Fishbone {
  readonly id: string
  readonly createdAt: number
  readonly head: {
    readonly text: string
    readonly polarity: HeadPolarity
    readonly swotBoardId?: string
    readonly swotItemId?: string
  }
  /** display order */
  readonly bones: readonly Bone[]
  /** display order: bone by bone, each cause before its sub-causes */
  readonly causes: readonly Cause[]
}

export interface FishboneState {
  /** oldest first */
  readonly fishbones: readonly Fishbone[]
}

function readBones(f: Y.Map<unknown>): Bone[] {
  const bones: Bone[] = []
  yMap(f, 'bones')?.forEach((v, id) => {
    if (!(v instanceof Y.Map)) return
    const m = v as Y.Map<unknown>
    const domain = str(m, 'domain')
    bones.push({ id, label: str(m, 'label') ?? '', order: orderOf(m), ...(domain !== undefined && { domain }) })
  })
  return bones.sort(byOrderThenId)
}

/** Spreads `{ [key]: value }` only when the value is present (fields are optional, never undefined). */
const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }

function readCause(fishboneId: string, id: string, m: Y.Map<unknown>, placed: { boneId: string; parentId: string | undefined; depth: number }): Cause {
  const evidence = textOf(m, 'evidence')
  const evidenceLink = str(m, 'evidenceLink')
  return {
    id,
    fishboneId,
    boneId: placed.boneId,
    ...opt('parentId', placed.parentId),
    depth: placed.depth,
    order: orderOf(m),
    createdAt: num(m, 'createdAt') ?? 0,
    text: textOf(m, 'text'),
    evidence,
    ...opt('evidenceLink', evidenceLink),
    ...opt('authorId', str(m, 'authorId')),
    ...opt('actionable', oneOf(m, 'actionable', ACTIONABLE)),
    ...opt('withinControl', oneOf(m, 'withinControl', YES_NO)),
    ...opt('kind', oneOf(m, 'kind', CAUSE_KINDS)),
    ...opt('systemicOverride', oneOf(m, 'systemic', YES_NO)),
    ...opt('breakdownLevel', oneOf(m, 'breakdownLevel', BREAKDOWN_LEVELS)),
    ...opt('practiceCode', oneOf(m, 'practiceCode', PRACTICE_CODES)),
    prioritised: bool(m, 'prioritised') === true,
    sharedKey: str(m, 'sharedKey') ?? id,
    needsEvidence: needsEvidence(evidence, evidenceLink),
  }
}

export function readFishbone(id: string, f: Y.Map<unknown>): Fishbone {
  const bones = readBones(f)
  const maps = new Map<string, Y.Map<unknown>>()
  const links: RawCauseLink[] = []
  yMap(f, 'causes')?.forEach((v, cid) => {
    if (!(v instanceof Y.Map)) return
    const m = v as Y.Map<unknown>
    maps.set(cid, m)
    links.push({ id: cid, boneId: str(m, 'boneId'), parentId: str(m, 'parentId'), order: orderOf(m) })
  })
  const fallback = bones.find((b) => b.id === 'other')?.id
  const causes = placeCauses(
    links,
    bones.map((b) => b.id),
    fallback,
  ).map((p) => readCause(id, p.id, maps.get(p.id) as Y.Map<unknown>, p))
  const swotBoardId = str(f, 'swotBoardId')
  const swotItemId = str(f, 'swotItemId')
  return {
    id,
    createdAt: num(f, 'createdAt') ?? 0,
    head: {
      text: textOf(f, 'head'),
      polarity: oneOf(f, 'polarity', HEAD_POLARITIES) ?? 'problem',
      ...(swotBoardId !== undefined && { swotBoardId }),
      ...(swotItemId !== undefined && { swotItemId }),
    },
    bones,
    causes,
  }
}

export function readFishbones(doc: Y.Doc): FishboneState {
  const out: Fishbone[] = []
  fishbones(doc).forEach((v, id) => {
    if (v instanceof Y.Map) out.push(readFishbone(id, v as Y.Map<unknown>))
  })
  out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  return { fishbones: out }
}
