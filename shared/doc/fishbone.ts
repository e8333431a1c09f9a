/**
 * Fishbone diagrams in the board document (`boardRoot(doc,'fishbone')`: fishboneId → diagram): the
 * head, its link to a SWOT item, and ordered, renamable bones. Causes are in ./fishbone-causes, the
 * reader in ./fishbone-read. Nested types are created with their parent, never lazily.
 */
import * as Y from 'yjs'
import { DEFAULT_BONES, HEAD_POLARITIES, type HeadPolarity } from '../content/fishbone'
import { err, ok, type Result } from '../result'
import { type BoardError, exists, invalid, notFound } from './board-errors'
import { byOrderThenId, keyAt, keysBetween } from './fractional-index'
import { ORIGINS, type TransactionOrigin } from './origin'
import { boardRoot } from './schema'
import { swotItemMap } from './swot'
import { orderOf, str, textOf, yMap, yText } from './yfields'

export const fishbones = (doc: Y.Doc): Y.Map<unknown> => boardRoot(doc, 'fishbone')

export function fishboneMap(doc: Y.Doc, fishboneId: string): Y.Map<unknown> | undefined {
  return yMap(fishbones(doc), fishboneId)
}

/** The Y.Text an editor binds to for the head (problem statement or bright spot). */
export function fishboneHeadText(doc: Y.Doc, fishboneId: string): Y.Text | undefined {
  const f = fishboneMap(doc, fishboneId)
  return f && yText(f, 'head')
}

export interface BoneSpec {
  readonly id: string
  readonly label: string
  /** Tool C domain id the bone stands for, if any */
  readonly domain?: string | null
}

export interface CreateFishbone {
  readonly fishboneId: string
  readonly headText: string
  readonly polarity?: HeadPolarity
  /** default: the Four Domains plus Other/External; bone ids are scoped to their diagram */
  readonly bones?: readonly BoneSpec[]
  readonly now: number
}

function boneMap(spec: BoneSpec, order: string, now: number): Y.Map<unknown> {
  const bone = new Y.Map<unknown>()
  bone.set('id', spec.id)
  // a label is renamed as a whole, so last-writer-wins is the intent, not a Y.Text
  bone.set('label', spec.label)
  bone.set('order', order)
  if (spec.domain) bone.set('domain', spec.domain)
  bone.set('createdAt', now)
  return bone
}

/** Builds the diagram map; callers run it inside their transaction. */
function newFishbone(input: CreateFishbone): Y.Map<unknown> {
  const specs = input.bones ?? DEFAULT_BONES
  const keys = keysBetween(null, null, specs.length)
  const bones = new Y.Map<unknown>()
  specs.forEach((spec, i) => bones.set(spec.id, boneMap(spec, keys[i] as string, input.now)))
  const f = new Y.Map<unknown>()
  f.set('id', input.fishboneId)
  f.set('createdAt', input.now)
  f.set('head', new Y.Text(input.headText))
  f.set('polarity', input.polarity ?? 'problem')
  f.set('bones', bones)
  f.set('causes', new Y.Map<unknown>())
  return f
}

function checkCreate(doc: Y.Doc, input: CreateFishbone): BoardError | null {
  if (fishbones(doc).has(input.fishboneId)) return exists('fishbone', input.fishboneId)
  const ids = (input.bones ?? DEFAULT_BONES).map((b) => b.id)
  if (new Set(ids).size !== ids.length) return invalid('bone ids must be unique')
  if (input.polarity !== undefined && !HEAD_POLARITIES.includes(input.polarity)) return invalid('unknown polarity')
  return null
}

export function createFishbone(doc: Y.Doc, input: CreateFishbone, origin: TransactionOrigin = ORIGINS.localUser): Result<string, BoardError> {
  const problem = checkCreate(doc, input)
  if (problem) return err(problem)
  doc.transact(() => fishbones(doc).set(input.fishboneId, newFishbone(input)), origin)
  return ok(input.fishboneId)
}

export interface FishboneFromSwotItem {
  readonly boardId: string
  readonly itemId: string
  readonly fishboneId: string
  readonly now: number
}

/**
 * One click from a SWOT item to a fishbone, in one transaction: the head copies the item's text and
 * links to it, and the item links back. Weaknesses and threats become problems; strengths and
 * opportunities become bright spots (causes of success to spread).
 */
export function fishboneFromSwotItem(doc: Y.Doc, input: FishboneFromSwotItem, origin: TransactionOrigin = ORIGINS.localUser): Result<string, BoardError> {
  const item = swotItemMap(doc, input.boardId, input.itemId)
  if (!item) return err(notFound('swot-item', input.itemId))
  const quadrant = str(item, 'quadrant')
  const polarity: HeadPolarity = quadrant === 'strengths' || quadrant === 'opportunities' ? 'bright-spot' : 'problem'
  const create: CreateFishbone = { fishboneId: input.fishboneId, headText: textOf(item, 'text'), polarity, now: input.now }
  const problem = checkCreate(doc, create)
  if (problem) return err(problem)
  doc.transact(() => {
    const f = newFishbone(create)
    f.set('swotBoardId', input.boardId)
    f.set('swotItemId', input.itemId)
    fishbones(doc).set(input.fishboneId, f)
    let links = yMap(item, 'fishboneIds')
    if (!links) item.set('fishboneIds', (links = new Y.Map<unknown>()))
    links.set(input.fishboneId, true)
  }, origin)
  return ok(input.fishboneId)
}

/** Deletes a diagram (its causes go with it) and unlinks the SWOT item it was made from. */
export function deleteFishbone(doc: Y.Doc, fishboneId: string, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const f = fishboneMap(doc, fishboneId)
  if (!f) return err(notFound('fishbone', fishboneId))
  const boardId = str(f, 'swotBoardId')
  const itemId = str(f, 'swotItemId')
  doc.transact(() => {
    const item = boardId && itemId ? swotItemMap(doc, boardId, itemId) : undefined
    if (item) yMap(item, 'fishboneIds')?.delete(fishboneId)
    fishbones(doc).delete(fishboneId)
  }, origin)
  return ok(undefined)
}

export function setHeadPolarity(doc: Y.Doc, fishboneId: string, polarity: HeadPolarity, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const f = fishboneMap(doc, fishboneId)
  if (!f) return err(notFound('fishbone', fishboneId))
  if (!HEAD_POLARITIES.includes(polarity)) return err(invalid('unknown polarity'))
  doc.transact(() => f.set('polarity', polarity), origin)
  return ok(undefined)
}

export function boneYMap(doc: Y.Doc, fishboneId: string, boneId: string): Y.Map<unknown> | undefined {
  const f = fishboneMap(doc, fishboneId)
  const bones = f && yMap(f, 'bones')
  return bones && yMap(bones, boneId)
}

function boneKeys(bones: Y.Map<unknown>, exceptId?: string): string[] {
  const rows: { id: string; order: string }[] = []
  bones.forEach((v, id) => {
    if (id !== exceptId && v instanceof Y.Map) rows.push({ id, order: orderOf(v as Y.Map<unknown>) })
  })
  return rows.sort(byOrderThenId).map((r) => r.order)
}

export interface AddBone extends BoneSpec {
  readonly fishboneId: string
  /** position among the bones as displayed; default: last */
  readonly index?: number
  readonly now: number
}

export function addBone(doc: Y.Doc, input: AddBone, origin: TransactionOrigin = ORIGINS.localUser): Result<string, BoardError> {
  const f = fishboneMap(doc, input.fishboneId)
  const bones = f && yMap(f, 'bones')
  if (!bones) return err(notFound('fishbone', input.fishboneId))
  if (bones.has(input.id)) return err(exists('bone', input.id))
  doc.transact(() => {
    const keys = boneKeys(bones)
    bones.set(input.id, boneMap(input, keyAt(keys, input.index ?? keys.length), input.now))
  }, origin)
  return ok(input.id)
}

export function renameBone(doc: Y.Doc, fishboneId: string, boneId: string, label: string, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const bone = boneYMap(doc, fishboneId, boneId)
  if (!bone) return err(notFound('bone', boneId))
  doc.transact(() => bone.set('label', label), origin)
  return ok(undefined)
}

export function moveBone(doc: Y.Doc, fishboneId: string, boneId: string, index: number, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const f = fishboneMap(doc, fishboneId)
  const bones = f && yMap(f, 'bones')
  const bone = bones && yMap(bones, boneId)
  if (!bones || !bone) return err(notFound('bone', boneId))
  doc.transact(() => bone.set('order', keyAt(boneKeys(bones, boneId), index)), origin)
  return ok(undefined)
}
