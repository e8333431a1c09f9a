/**
 * Causes on a fishbone's bones: add, tag, move, delete (with sub-causes), promote, and link one cause
 * to another diagram. A sub-cause's bone is its root ancestor's; its own `boneId` is only the
 * fallback used if its parent disappears under a concurrent delete.
 */
import * as Y from 'yjs'
import {
  ACTIONABLE,
  BREAKDOWN_LEVELS,
  CAUSE_KINDS,
  PRACTICE_CODES,
  YES_NO,
  type Actionable,
  type BreakdownLevel,
  type CauseKind,
  type PracticeCode,
  type YesNo,
} from '../content/fishbone'
import { err, ok, type Result } from '../result'
import { type BoardError, exists, invalid, notFound } from './board-errors'
import { boneYMap, fishboneMap } from './fishbone'
import { byOrderThenId, keyAt } from './fractional-index'
import { ORIGINS, type TransactionOrigin } from './origin'
import { isEvidenceLink, orderOf, replaceText, str, yMap, yText } from './yfields'

export function causesMap(doc: Y.Doc, fishboneId: string): Y.Map<unknown> | undefined {
  const f = fishboneMap(doc, fishboneId)
  return f && yMap(f, 'causes')
}

export function causeMap(doc: Y.Doc, fishboneId: string, causeId: string): Y.Map<unknown> | undefined {
  const causes = causesMap(doc, fishboneId)
  return causes && yMap(causes, causeId)
}

/** The Y.Text an editor binds to for a cause's statement or its evidence. */
export function causeText(doc: Y.Doc, fishboneId: string, causeId: string, field: 'text' | 'evidence'): Y.Text | undefined {
  const c = causeMap(doc, fishboneId, causeId)
  return c && yText(c, field)
}

/** Sibling keys in display order: same parent, or (top level) same bone. */
export function siblingKeys(causes: Y.Map<unknown>, boneId: string, parentId: string | undefined, exceptId?: string): string[] {
  const rows: { id: string; order: string }[] = []
  causes.forEach((v, id) => {
    if (id === exceptId || !(v instanceof Y.Map)) return
    const c = v as Y.Map<unknown>
    const p = str(c, 'parentId')
    if (parentId !== undefined ? p === parentId : p === undefined && str(c, 'boneId') === boneId) rows.push({ id, order: orderOf(c) })
  })
  return rows.sort(byOrderThenId).map((r) => r.order)
}

/** The bone a cause sits on, following parents (bounded, so a concurrent cycle cannot hang us). */
export function effectiveBone(causes: Y.Map<unknown>, causeId: string): string | undefined {
  let c = yMap(causes, causeId)
  for (let hops = 0; c && hops < causes.size; hops++) {
    const p = str(c, 'parentId')
    const parent = p === undefined ? undefined : yMap(causes, p)
    if (!parent) return str(c, 'boneId')
    c = parent
  }
  return c && str(c, 'boneId')
}

export interface AddCause {
  readonly fishboneId: string
  readonly causeId: string
  /** top-level bone; ignored for sub-causes, whose bone is their parent's */
  readonly boneId?: string
  readonly parentId?: string
  readonly text?: string
  /** omitted in anonymous mode */
  readonly authorId?: string
  /** position among its siblings as displayed; default: last */
  readonly index?: number
  readonly now: number
}

export function addCause(doc: Y.Doc, input: AddCause, origin: TransactionOrigin = ORIGINS.localUser): Result<string, BoardError> {
  const causes = causesMap(doc, input.fishboneId)
  if (!causes) return err(notFound('fishbone', input.fishboneId))
  if (causes.has(input.causeId)) return err(exists('cause', input.causeId))
  if (input.parentId !== undefined && !causes.has(input.parentId)) return err(notFound('cause', input.parentId))
  const boneId = input.parentId !== undefined ? effectiveBone(causes, input.parentId) : input.boneId
  if (boneId === undefined || !boneYMap(doc, input.fishboneId, boneId)) return err(notFound('bone', boneId ?? ''))
  doc.transact(() => {
    const keys = siblingKeys(causes, boneId, input.parentId)
    const c = new Y.Map<unknown>()
    c.set('id', input.causeId)
    c.set('boneId', boneId)
    if (input.parentId !== undefined) c.set('parentId', input.parentId)
    c.set('order', keyAt(keys, input.index ?? keys.length))
    c.set('createdAt', input.now)
    c.set('text', new Y.Text(input.text ?? ''))
    c.set('evidence', new Y.Text())
    if (input.authorId !== undefined) c.set('authorId', input.authorId)
    causes.set(input.causeId, c)
  }, origin)
  return ok(input.causeId)
}

/** A tag patch: a present key is one field write; `null` clears the tag (systemic: back to automatic). */
export interface CauseTagPatch {
  readonly actionable?: Actionable | null
  readonly withinControl?: YesNo | null
  readonly kind?: CauseKind | null
  /** manual override of the automatic "linked to ≥2 heads" rule */
  readonly systemic?: YesNo | null
  readonly breakdownLevel?: BreakdownLevel | null
  readonly practiceCode?: PracticeCode | null
  readonly evidenceLink?: string | null
}

const TAG_VOCAB = {
  actionable: ACTIONABLE,
  withinControl: YES_NO,
  kind: CAUSE_KINDS,
  systemic: YES_NO,
  breakdownLevel: BREAKDOWN_LEVELS,
  practiceCode: PRACTICE_CODES,
} as const satisfies Record<Exclude<keyof CauseTagPatch, 'evidenceLink'>, readonly string[]>
export const TAG_KEYS = Object.keys(TAG_VOCAB) as (keyof typeof TAG_VOCAB)[]

export function tagCause(doc: Y.Doc, fishboneId: string, causeId: string, patch: CauseTagPatch, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const c = causeMap(doc, fishboneId, causeId)
  if (!c) return err(notFound('cause', causeId))
  for (const key of TAG_KEYS) {
    const v = patch[key]
    if (v != null && !(TAG_VOCAB[key] as readonly string[]).includes(v)) return err(invalid(`${key} must be one of ${TAG_VOCAB[key].join(', ')}`))
  }
  const link = patch.evidenceLink
  if (link != null && !isEvidenceLink(link)) return err(invalid('evidenceLink must be an http(s) URL'))
  doc.transact(() => {
    for (const key of [...TAG_KEYS, 'evidenceLink'] as const) {
      const v = patch[key]
      if (v === null) c.delete(key)
      else if (v !== undefined) c.set(key, v)
    }
  }, origin)
  return ok(undefined)
}

/** Replaces the evidence text wholesale (imports); people typing edit `causeText(…,'evidence')`. */
export function setCauseEvidence(doc: Y.Doc, fishboneId: string, causeId: string, evidence: string, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const text = causeText(doc, fishboneId, causeId, 'evidence')
  if (!text) return err(notFound('cause', causeId))
  doc.transact(() => replaceText(text, evidence), origin)
  return ok(undefined)
}

/** The facilitator marks a cause as a top (prioritised) root cause, or takes the mark away. */
export function promoteToRootCause(doc: Y.Doc, fishboneId: string, causeId: string, prioritised = true, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const c = causeMap(doc, fishboneId, causeId)
  if (!c) return err(notFound('cause', causeId))
  doc.transact(() => (prioritised ? c.set('prioritised', true) : c.delete('prioritised')), origin)
  return ok(undefined)
}

/** Ids of a cause and everything under it (by stored parent links; cycle-safe). */
export function subtreeIds(causes: Y.Map<unknown>, rootId: string): string[] {
  const children = new Map<string, string[]>()
  causes.forEach((v, id) => {
    const p = v instanceof Y.Map ? str(v as Y.Map<unknown>, 'parentId') : undefined
    if (p !== undefined) children.set(p, [...(children.get(p) ?? []), id])
  })
  const out: string[] = []
  const seen = new Set<string>()
  const stack = [rootId]
  while (stack.length > 0) {
    const id = stack.pop() as string
    if (seen.has(id)) continue
    seen.add(id)
    out.push(id)
    stack.push(...(children.get(id) ?? []))
  }
  return out
}

export function deleteCause(doc: Y.Doc, fishboneId: string, causeId: string, origin: TransactionOrigin = ORIGINS.localUser): Result<readonly string[], BoardError> {
  const causes = causesMap(doc, fishboneId)
  if (!causes?.has(causeId)) return err(notFound('cause', causeId))
  const ids = subtreeIds(causes, causeId)
  doc.transact(() => ids.forEach((id) => causes.delete(id)), origin)
  return ok(ids)
}

export interface MoveCause {
  readonly fishboneId: string
  readonly causeId: string
  /** new top-level bone (clears the parent) */
  readonly boneId?: string
  /** new parent; `null` makes it top-level on `boneId` or its current bone */
  readonly parentId?: string | null
  /** position among its new siblings; default: stay, or last when the parent/bone changes */
  readonly index?: number
}

/** Writes only the fields that change (bone, parent, order); text edits running meanwhile are untouched. */
export function moveCause(doc: Y.Doc, input: MoveCause, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const causes = causesMap(doc, input.fishboneId)
  const c = causes && yMap(causes, input.causeId)
  if (!causes || !c) return err(notFound('cause', input.causeId))
  const oldParent = str(c, 'parentId')
  const newParent = input.parentId === undefined ? (input.boneId !== undefined ? undefined : oldParent) : (input.parentId ?? undefined)
  if (newParent !== undefined) {
    if (!causes.has(newParent)) return err(notFound('cause', newParent))
    if (subtreeIds(causes, input.causeId).includes(newParent)) return err(invalid('a cause cannot move under itself or its own sub-cause'))
  }
  const bone = newParent !== undefined ? effectiveBone(causes, newParent) : (input.boneId ?? effectiveBone(causes, input.causeId))
  if (bone === undefined || !boneYMap(doc, input.fishboneId, bone)) return err(notFound('bone', bone ?? ''))
  const placeChanged = newParent !== oldParent || (newParent === undefined && bone !== str(c, 'boneId'))
  doc.transact(() => {
    if (newParent !== oldParent) {
      if (newParent === undefined) c.delete('parentId')
      else c.set('parentId', newParent)
    }
    if (bone !== str(c, 'boneId')) c.set('boneId', bone)
    if (input.index !== undefined || placeChanged) {
      const keys = siblingKeys(causes, bone, newParent, input.causeId)
      c.set('order', keyAt(keys, input.index ?? keys.length))
    }
  }, origin)
  return ok(undefined)
}
