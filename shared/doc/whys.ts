/**
 * 5 Whys chains in the board document (`boardRoot(doc,'whys')`: chainId → chain): a symptom and
 * ordered "Why?" rows (five by default), optionally attached to a cause or SWOT item; the last answer
 * can be promoted to a cause on a fishbone bone. Read with `readWhys`.
 */
import * as Y from 'yjs'
import * as z from 'zod'
import { DEFAULT_WHY_ROWS, WHYS_DEMO } from '../content/fishbone'
import { err, ok, type Result } from '../result'
import { type BoardError, exists, invalid, notFound } from './board-errors'
import { addCause, causeMap } from './fishbone-causes'
import { byOrderThenId, keyAt, keysBetween } from './fractional-index'
import { ORIGINS, type TransactionOrigin } from './origin'
import { boardRoot } from './schema'
import { num, orderOf, textOf, yMap, yText } from './yfields'

export const WhysAttachment = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cause'), fishboneId: z.string().min(1), causeId: z.string().min(1) }),
  z.object({ kind: z.literal('swot'), boardId: z.string().min(1), itemId: z.string().min(1) }),
])
export type WhysAttachment = z.infer<typeof WhysAttachment>
const PromotedTo = z.object({ fishboneId: z.string(), causeId: z.string() })

export const whysChains = (doc: Y.Doc): Y.Map<unknown> => boardRoot(doc, 'whys')
const chainMap = (doc: Y.Doc, chainId: string): Y.Map<unknown> | undefined => yMap(whysChains(doc), chainId)

export function whysSymptomText(doc: Y.Doc, chainId: string): Y.Text | undefined {
  const c = chainMap(doc, chainId)
  return c && yText(c, 'symptom')
}

export function whyAnswerText(doc: Y.Doc, chainId: string, rowId: string): Y.Text | undefined {
  const c = chainMap(doc, chainId)
  const row = c && yMap(c, 'rows') && yMap(yMap(c, 'rows') as Y.Map<unknown>, rowId)
  return row && yText(row, 'answer')
}

function rowMap(id: string, order: string, answer: string): Y.Map<unknown> {
  const row = new Y.Map<unknown>()
  row.set('id', id)
  row.set('order', order)
  row.set('answer', new Y.Text(answer))
  return row
}

export interface CreateWhysChain {
  readonly chainId: string
  readonly now: number
  readonly attachedTo?: WhysAttachment
  readonly symptom?: string
  /** initial answers; rows are padded with empty ones up to `rows` */
  readonly answers?: readonly string[]
  /** number of "Why?" rows; default five. Row ids are `w1`, `w2`, … (scoped to the chain). */
  readonly rows?: number
}

export function createWhysChain(doc: Y.Doc, input: CreateWhysChain, origin: TransactionOrigin = ORIGINS.localUser): Result<string, BoardError> {
  if (whysChains(doc).has(input.chainId)) return err(exists('whys-chain', input.chainId))
  const attached = input.attachedTo === undefined ? undefined : WhysAttachment.safeParse(input.attachedTo)
  if (attached && !attached.success) return err(invalid('attachedTo is malformed'))
  const answers = input.answers ?? []
  const count = Math.max(input.rows ?? DEFAULT_WHY_ROWS, answers.length)
  if (count > 50) return err(invalid('at most 50 rows'))
  doc.transact(() => {
    const keys = keysBetween(null, null, count)
    const rows = new Y.Map<unknown>()
    keys.forEach((k, i) => rows.set(`w${i + 1}`, rowMap(`w${i + 1}`, k, answers[i] ?? '')))
    const chain = new Y.Map<unknown>()
    chain.set('id', input.chainId)
    chain.set('createdAt', input.now)
    if (attached?.success) chain.set('attachedTo', attached.data)
    chain.set('symptom', new Y.Text(input.symptom ?? ''))
    chain.set('rows', rows)
    whysChains(doc).set(input.chainId, chain)
  }, origin)
  return ok(input.chainId)
}

/** The seed 003 seventh-grade math example, as an editable chain (origin: template). */
export function loadWhysDemo(doc: Y.Doc, chainId: string, now: number, attachedTo?: WhysAttachment): Result<string, BoardError> {
  const base = { chainId, now, symptom: WHYS_DEMO.symptom, answers: WHYS_DEMO.whys }
  return createWhysChain(doc, attachedTo ? { ...base, attachedTo } : base, ORIGINS.template)
}

function rowKeys(rows: Y.Map<unknown>): string[] {
  const list: { id: string; order: string }[] = []
  rows.forEach((v, id) => v instanceof Y.Map && list.push({ id, order: orderOf(v as Y.Map<unknown>) }))
  return list.sort(byOrderThenId).map((r) => r.order)
}

export function addWhyRow(doc: Y.Doc, chainId: string, rowId: string, index?: number, origin: TransactionOrigin = ORIGINS.localUser): Result<string, BoardError> {
  const c = chainMap(doc, chainId)
  const rows = c && yMap(c, 'rows')
  if (!rows) return err(notFound('whys-chain', chainId))
  if (rows.has(rowId)) return err(exists('why-row', rowId))
  doc.transact(() => {
    const keys = rowKeys(rows)
    rows.set(rowId, rowMap(rowId, keyAt(keys, index ?? keys.length), ''))
  }, origin)
  return ok(rowId)
}

export function removeWhyRow(doc: Y.Doc, chainId: string, rowId: string, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const c = chainMap(doc, chainId)
  const rows = c && yMap(c, 'rows')
  if (!rows?.has(rowId)) return err(notFound('why-row', rowId))
  doc.transact(() => rows.delete(rowId), origin)
  return ok(undefined)
}

export function deleteWhysChain(doc: Y.Doc, chainId: string, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  if (!chainMap(doc, chainId)) return err(notFound('whys-chain', chainId))
  doc.transact(() => whysChains(doc).delete(chainId), origin)
  return ok(undefined)
}

export interface WhyRow {
  readonly id: string
  readonly order: string
  readonly answer: string
}
export interface WhysChain {
  readonly id: string
  readonly createdAt: number
  readonly attachedTo?: WhysAttachment
  readonly symptom: string
  /** display order */
  readonly rows: readonly WhyRow[]
  /** the deepest non-empty answer: the candidate root cause */
  readonly lastAnswer?: string
  readonly promotedTo?: { readonly fishboneId: string; readonly causeId: string }
}

export function readWhysChain(id: string, c: Y.Map<unknown>): WhysChain {
  const rows: WhyRow[] = []
  yMap(c, 'rows')?.forEach((v, rid) => {
    if (v instanceof Y.Map) rows.push({ id: rid, order: orderOf(v as Y.Map<unknown>), answer: textOf(v as Y.Map<unknown>, 'answer') })
  })
  rows.sort(byOrderThenId)
  const attached = WhysAttachment.safeParse(c.get('attachedTo'))
  const promoted = PromotedTo.safeParse(c.get('promotedTo'))
  const lastAnswer = [...rows].reverse().find((r) => r.answer.trim() !== '')?.answer.trim()
  return {
    id,
    createdAt: num(c, 'createdAt') ?? 0,
    ...(attached.success && { attachedTo: attached.data }),
    symptom: textOf(c, 'symptom'),
    rows,
    ...(lastAnswer !== undefined && { lastAnswer }),
    ...(promoted.success && { promotedTo: promoted.data }),
  }
}

export function readWhys(doc: Y.Doc): { readonly chains: readonly WhysChain[] } {
  const chains: WhysChain[] = []
  whysChains(doc).forEach((v, id) => v instanceof Y.Map && chains.push(readWhysChain(id, v as Y.Map<unknown>)))
  return { chains: chains.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)) }
}

export interface PromoteWhy {
  readonly chainId: string
  readonly fishboneId: string
  readonly causeId: string
  /** a top-level bone, or a parent cause to nest under */
  readonly boneId?: string
  readonly parentId?: string
  readonly authorId?: string
  readonly now: number
}

/** In one transaction: the deepest answer becomes a cause tagged `cause`, and the chain records it. */
export function promoteWhyToCause(doc: Y.Doc, input: PromoteWhy, origin: TransactionOrigin = ORIGINS.localUser): Result<string, BoardError> {
  const c = chainMap(doc, input.chainId)
  if (!c) return err(notFound('whys-chain', input.chainId))
  const text = readWhysChain(input.chainId, c).lastAnswer
  if (text === undefined) return err(invalid('the chain has no answer to promote'))
  let result: Result<string, BoardError> = err(invalid('not run'))
  doc.transact(() => {
    // addCause validates before it writes, so a refusal leaves this transaction empty
    result = addCause(doc, { ...input, text }, origin)
    if (!result.ok) return
    const cause = causeMap(doc, input.fishboneId, input.causeId) as Y.Map<unknown>
    cause.set('kind', 'cause')
    cause.set('whysId', input.chainId)
    c.set('promotedTo', { fishboneId: input.fishboneId, causeId: input.causeId })
  }, origin)
  return result
}
