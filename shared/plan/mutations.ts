/**
 * Named plan mutations beyond add/move/remove/text (shared/doc/plan.ts): strategy fields,
 * traceability links, the person responsible for an action, signing. One transaction each.
 */
import * as Y from 'yjs'
import { ORIGINS, type TransactionOrigin } from '../doc/origin'
import { addPlanItem, planItem, planKeys, type AddPlanItem } from '../doc/plan'
import { boardRoot } from '../doc/schema'
import { isPaperSize, PAPER_SIZE_IDS } from '../render/model'
import { err, ok, type Result } from '../result'
import type { LinkKind, Linkable } from './items'
import type { Person } from './draft'

const user = ORIGINS.localUser
export const PRACTICE_CODE = /^[1-4][a-c]$/

export type StrategyFields = {
  readonly practiceCode?: string | null
  readonly goalId?: string | null
  readonly achievableWithinOneYear?: boolean
}

export function setStrategyFields(doc: Y.Doc, id: string, fields: StrategyFields, origin: TransactionOrigin = user): Result<string, string> {
  const item = planItem(doc, 'strategy', id)
  if (!item) return err(`strategy "${id}" does not exist`)
  if (fields.practiceCode && !PRACTICE_CODE.test(fields.practiceCode)) return err(`practice code must be 1a–4c (got "${fields.practiceCode}")`)
  doc.transact(() => {
    if (fields.practiceCode !== undefined) item.set('practiceCode', fields.practiceCode)
    if (fields.goalId !== undefined) item.set('goalId', fields.goalId)
    if (fields.achievableWithinOneYear !== undefined) item.set('oneYear', fields.achievableWithinOneYear)
  }, origin)
  return ok(id)
}

/** Adds a strategy with its theory-of-action slots and fields in one transaction. */
export function addStrategy(doc: Y.Doc, init: AddPlanItem<'strategy'> & StrategyFields, origin: TransactionOrigin = user): Result<string, string> {
  let out: Result<string, string> = err('not added')
  doc.transact(() => {
    out = addPlanItem(doc, 'strategy', init, origin)
    if (out.ok) out = setStrategyFields(doc, init.id, init, origin)
  }, origin)
  return out
}

/** Traces a priority or strategy to a fishbone cause, a SWOT item or a rubric element (or unlinks it). */
export function setPlanLink(doc: Y.Doc, kind: Linkable, id: string, link: { readonly kind: LinkKind; readonly id: string }, linked: boolean, origin: TransactionOrigin = user): boolean {
  const links = planItem(doc, kind, id)?.get(`links.${link.kind}`)
  if (!(links instanceof Y.Map)) return false
  doc.transact(() => (linked ? links.set(link.id, true) : links.delete(link.id)), origin)
  return true
}

function responsibleMap(doc: Y.Doc, actionId: string): Y.Map<unknown> | null {
  const map = planItem(doc, 'action', actionId)?.get('responsible')
  return map instanceof Y.Map ? map : null
}

/**
 * Makes `person` the one person responsible (null clears). Entries are keyed by person, so two
 * people assigning different owners at once leave two entries — visible to the quality check,
 * never silently overwritten.
 */
export function setActionResponsible(doc: Y.Doc, actionId: string, person: Person | null, origin: TransactionOrigin = user): boolean {
  const map = responsibleMap(doc, actionId)
  if (!map) return false
  doc.transact(() => {
    for (const key of [...map.keys()]) if (key !== person?.key) map.delete(key)
    if (person) map.set(person.key, person.name)
  }, origin)
  return true
}

export function addActionResponsible(doc: Y.Doc, actionId: string, person: Person, origin: TransactionOrigin = user): boolean {
  const map = responsibleMap(doc, actionId)
  if (!map) return false
  doc.transact(() => map.set(person.key, person.name), origin)
  return true
}

export function removeActionResponsible(doc: Y.Doc, actionId: string, key: string, origin: TransactionOrigin = user): boolean {
  const map = responsibleMap(doc, actionId)
  if (!map) return false
  doc.transact(() => map.delete(key), origin)
  return true
}

/** Records a typed signature with the time it was given ('' clears it). */
export function signPlan(doc: Y.Doc, signatureId: string, typedSignature: string, clock: { readonly now: string }, origin: TransactionOrigin = user): boolean {
  const item = planItem(doc, 'signature', signatureId)
  if (!item) return false
  const signature = typedSignature.trim()
  doc.transact(() => {
    item.set('signature', signature)
    item.set('signedAt', signature ? clock.now : '')
  }, origin)
  return true
}

/** Sets how the plan is printed (paper size, locale). Bad values are refused, not stored. */
export function setPlanSetting(doc: Y.Doc, name: 'paper' | 'locale', value: string, origin: TransactionOrigin = user): Result<string, string> {
  if (name === 'paper' && !isPaperSize(value)) return err(`paper must be one of ${PAPER_SIZE_IDS.join(', ')}`)
  if (name === 'locale' && value !== '' && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(value)) return err(`"${value}" is not a locale tag such as en-US`)
  doc.transact(() => boardRoot(doc, 'plan').set(planKeys.setting(name), value), origin)
  return ok(value)
}
