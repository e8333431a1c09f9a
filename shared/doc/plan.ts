/**
 * The improvement-plan draft (Tool A) in the board's `plan` root. Every item sits directly in the
 * root under "<kind>/<id>" with its parent as an id field and its place as an order key, so a move
 * is one write and no sub-container is ever created lazily (two offline clients would both create it).
 */
import * as Y from 'yjs'
import { replaceTextMinimally } from './yfields'
import { boardRoot } from './schema'
import { ORIGINS, type TransactionOrigin } from './origin'
import { err, ok, type Result } from '../result'
import { childKinds, LINK_KINDS, PLAN_ITEMS, type PlanItemKind, type PlanItemText } from '../plan/items'
import { byOrderThenId, keyAt } from './fractional-index'
import { CADENCE_IDS, HEADER_FIELDS, NEEDS_OTHER_SLOTS, type CadenceId, type DateFieldId, type HeaderFieldId } from '../plan/tool-a'
import { SESSION_SENTENCE_IDS, type SessionSentenceId } from '../plan/session'

/** Plan-wide free texts (one Y.Text each). */
export type PlanTextField =
  | HeaderFieldId
  | 'vision'
  | 'mission'
  | 'needs.howCompleted'
  | 'needs.stakeholderInput'
  | 'needs.leverage'
  | 'needs.rootCauses'
  | `reporting.${CadenceId}`
  | `needsOther.${string}`
  /** the team's wording for one sentence of the session record */
  | `record.${SessionSentenceId}`
export const PLAN_TEXT_FIELDS: readonly PlanTextField[] = [
  ...(Object.keys(HEADER_FIELDS) as HeaderFieldId[]),
  'vision',
  'mission',
  'needs.howCompleted',
  'needs.stakeholderInput',
  'needs.leverage',
  'needs.rootCauses',
  ...CADENCE_IDS.map((c) => `reporting.${c}` as const),
  ...NEEDS_OTHER_SLOTS.map((s) => `needsOther.${s}` as const),
  ...SESSION_SENTENCE_IDS.map((id) => `record.${id}` as const),
]

export const planKeys = {
  item: (kind: PlanItemKind, id: string) => `${kind}/${id}`,
  text: (field: PlanTextField) => `text/${field}`,
  date: (field: DateFieldId) => `date/${field}`,
  check: (elementKey: string) => `check/${elementKey}`,
  /** document settings (paper size, locale): plain strings, last writer wins */
  setting: (name: 'paper' | 'locale') => `setting/${name}`,
} as const

const user = ORIGINS.localUser
/** item ids become part of a root key, so they may not contain "/" */
const ITEM_ID = /^[A-Za-z0-9_-]{1,64}$/
const planRoot = (doc: Y.Doc) => boardRoot(doc, 'plan')

/**
 * Creates every plan-wide text once. Run it when the workspace is created (server, `template`
 * origin) so clients never race to create the same text; setPlanText still creates as a fallback.
 */
export function ensurePlan(doc: Y.Doc, origin: TransactionOrigin = ORIGINS.template): void {
  const root = planRoot(doc)
  const missing = PLAN_TEXT_FIELDS.filter((f) => !(root.get(planKeys.text(f)) instanceof Y.Text))
  if (missing.length === 0) return
  doc.transact(() => missing.forEach((f) => root.set(planKeys.text(f), new Y.Text())), origin)
}

export function planText(doc: Y.Doc, field: PlanTextField): Y.Text | null {
  const t = planRoot(doc).get(planKeys.text(field))
  return t instanceof Y.Text ? t : null
}

/** Replaces a text's content by editing only the part that changed (see replaceTextMinimally). */
export const replaceText = replaceTextMinimally

export function setPlanText(doc: Y.Doc, field: PlanTextField, value: string, origin: TransactionOrigin = user): void {
  doc.transact(() => {
    const root = planRoot(doc)
    let text = planText(doc, field)
    if (!text) root.set(planKeys.text(field), (text = new Y.Text()))
    replaceText(text, value)
  }, origin)
}

export function setPlanDate(doc: Y.Doc, field: DateFieldId, value: string, origin: TransactionOrigin = user): void {
  doc.transact(() => planRoot(doc).set(planKeys.date(field), value), origin)
}

export function setNeedsElement(doc: Y.Doc, elementKey: string, checked: boolean, origin: TransactionOrigin = user): void {
  doc.transact(() => planRoot(doc).set(planKeys.check(elementKey), checked), origin)
}

export function planItem(doc: Y.Doc, kind: PlanItemKind, id: string): Y.Map<unknown> | null {
  const item = planRoot(doc).get(planKeys.item(kind, id))
  return item instanceof Y.Map ? item : null
}

type Sibling = { id: string; order: string }
function siblings(doc: Y.Doc, kind: PlanItemKind, parentId: string | null, exceptId?: string): Sibling[] {
  const prefix = `${kind}/`
  const out: Sibling[] = []
  for (const [key, value] of planRoot(doc).entries()) {
    if (!key.startsWith(prefix) || !(value instanceof Y.Map)) continue
    const id = key.slice(prefix.length)
    const parent = value.get('parentId')
    if (id === exceptId || (parentId !== null && parent !== parentId)) continue
    const order = value.get('order')
    out.push({ id, order: typeof order === 'string' ? order : '' })
  }
  return out.sort(byOrderThenId)
}

/** An order key for a slot: after `after` (null = first, undefined or unknown = last) among the parent's children. */
function orderKey(sibs: Sibling[], after: string | null | undefined): string {
  const i = after === null ? 0 : after === undefined ? sibs.length : sibs.findIndex((s) => s.id === after) + 1 || sibs.length
  return keyAt(sibs.map((s) => s.order), i)
}

function checkParent(doc: Y.Doc, kind: PlanItemKind, parentId: string | undefined): Result<string | null, string> {
  const parentKind = PLAN_ITEMS[kind].parent
  if (parentKind === null) return ok(null)
  if (!parentId || !planItem(doc, parentKind, parentId)) return err(`${kind} needs an existing ${parentKind} (got "${parentId ?? ''}")`)
  return ok(parentId)
}

export type AddPlanItem<K extends PlanItemKind> = {
  readonly id: string
  /** required for kinds with a parent (strategy → priority, action → milestone, …) */
  readonly parentId?: string
  /** sibling to insert after; null = first; omitted = last */
  readonly after?: string | null
  readonly texts?: Partial<Record<PlanItemText<K>, string>>
}

export function addPlanItem<K extends PlanItemKind>(doc: Y.Doc, kind: K, init: AddPlanItem<K>, origin: TransactionOrigin = user): Result<string, string> {
  if (!ITEM_ID.test(init.id)) return err(`malformed ${kind} id "${init.id}"`)
  if (planItem(doc, kind, init.id)) return err(`${kind} "${init.id}" already exists`)
  const parent = checkParent(doc, kind, init.parentId)
  if (!parent.ok) return parent
  doc.transact(() => {
    const item = new Y.Map<unknown>()
    planRoot(doc).set(planKeys.item(kind, init.id), item)
    item.set('id', init.id)
    item.set('order', orderKey(siblings(doc, kind, parent.value, init.id), init.after))
    if (parent.value !== null) item.set('parentId', parent.value)
    const texts: Partial<Record<string, string>> = init.texts ?? {}
    for (const field of PLAN_ITEMS[kind].texts) item.set(field, new Y.Text(texts[field] ?? ''))
    if (kind === 'priority' || kind === 'strategy') for (const l of LINK_KINDS) item.set(`links.${l}`, new Y.Map<true>())
    if (kind === 'action') item.set('responsible', new Y.Map<string>())
  }, origin)
  return ok(init.id)
}

/** Moves an item among its siblings or (with `parentId`) under another parent: two field writes at most. */
export function movePlanItem(doc: Y.Doc, kind: PlanItemKind, id: string, to: { readonly parentId?: string; readonly after: string | null }, origin: TransactionOrigin = user): Result<string, string> {
  const item = planItem(doc, kind, id)
  if (!item) return err(`${kind} "${id}" does not exist`)
  const current = item.get('parentId')
  const parent = checkParent(doc, kind, to.parentId ?? (typeof current === 'string' ? current : undefined))
  if (!parent.ok) return parent
  doc.transact(() => {
    if (parent.value !== null && parent.value !== current) item.set('parentId', parent.value)
    item.set('order', orderKey(siblings(doc, kind, parent.value, id), to.after))
  }, origin)
  return ok(id)
}

/** Deletes an item and everything under it. */
export function removePlanItem(doc: Y.Doc, kind: PlanItemKind, id: string, origin: TransactionOrigin = user): boolean {
  if (!planItem(doc, kind, id)) return false
  doc.transact(() => {
    const root = planRoot(doc)
    const drop = (k: PlanItemKind, itemId: string): void => {
      for (const child of childKinds(k)) for (const s of siblings(doc, child, itemId)) drop(child, s.id)
      root.delete(planKeys.item(k, itemId))
    }
    drop(kind, id)
  }, origin)
  return true
}

export function planItemText<K extends PlanItemKind>(doc: Y.Doc, kind: K, id: string, field: PlanItemText<K>): Y.Text | null {
  const t = planItem(doc, kind, id)?.get(field)
  return t instanceof Y.Text ? t : null
}

export function setPlanItemText<K extends PlanItemKind>(doc: Y.Doc, kind: K, id: string, field: PlanItemText<K>, value: string, origin: TransactionOrigin = user): boolean {
  const text = planItemText(doc, kind, id, field)
  if (!text) return false
  doc.transact(() => replaceText(text, value), origin)
  return true
}
