/**
 * "The same cause" under several heads: linking a cause to another diagram places a copy there that
 * carries the same `sharedKey` (the first cause's id). Causes sharing a key across ≥2 diagrams are
 * systemic (see domain/fishbone/systemic). Copies keep their own bone, order, text and votes.
 */
import * as Y from 'yjs'
import { err, ok, type Result } from '../result'
import { type BoardError, exists, invalid, notFound } from './board-errors'
import { boneYMap } from './fishbone'
import { causeMap, causesMap, siblingKeys } from './fishbone-causes'
import { keyAt } from './fractional-index'
import { ORIGINS, type TransactionOrigin } from './origin'
import { str, textOf } from './yfields'

/** Tags that describe the cause itself travel with the copy; `prioritised` and overrides are per diagram. */
const COPIED_FIELDS = ['actionable', 'withinControl', 'kind', 'breakdownLevel', 'practiceCode', 'evidenceLink'] as const

export interface LinkCause {
  readonly fromFishboneId: string
  readonly causeId: string
  readonly toFishboneId: string
  readonly boneId: string
  readonly newCauseId: string
  readonly now: number
}

/** The key that identifies a cause across diagrams: its own id until it is linked somewhere. */
export function sharedKeyOf(c: Y.Map<unknown>, causeId: string): string {
  return str(c, 'sharedKey') ?? causeId
}

export function linkCauseToFishbone(doc: Y.Doc, input: LinkCause, origin: TransactionOrigin = ORIGINS.localUser): Result<string, BoardError> {
  if (input.fromFishboneId === input.toFishboneId) return err(invalid('a cause is linked to another diagram, not its own'))
  const source = causeMap(doc, input.fromFishboneId, input.causeId)
  if (!source) return err(notFound('cause', input.causeId))
  const target = causesMap(doc, input.toFishboneId)
  if (!target) return err(notFound('fishbone', input.toFishboneId))
  if (target.has(input.newCauseId)) return err(exists('cause', input.newCauseId))
  if (!boneYMap(doc, input.toFishboneId, input.boneId)) return err(notFound('bone', input.boneId))
  const key = sharedKeyOf(source, input.causeId)
  let already: string | undefined
  target.forEach((v, id) => {
    if (v instanceof Y.Map && str(v as Y.Map<unknown>, 'sharedKey') === key) already = id
  })
  if (already !== undefined) return err(exists('cause', already))
  doc.transact(() => {
    // Two people linking the same cause at once both write the same key, so nothing conflicts.
    if (str(source, 'sharedKey') === undefined) source.set('sharedKey', key)
    const keys = siblingKeys(target, input.boneId, undefined)
    const c = new Y.Map<unknown>()
    c.set('id', input.newCauseId)
    c.set('boneId', input.boneId)
    c.set('order', keyAt(keys, keys.length))
    c.set('createdAt', input.now)
    c.set('text', new Y.Text(textOf(source, 'text')))
    c.set('evidence', new Y.Text(textOf(source, 'evidence')))
    c.set('sharedKey', key)
    for (const f of COPIED_FIELDS) {
      const v = str(source, f)
      if (v !== undefined) c.set(f, v)
    }
    target.set(input.newCauseId, c)
  }, origin)
  return ok(input.newCauseId)
}
