/**
 * The synthesis board (points of agreement, disagreement and distinction) in `boardRoot(doc,'synthesis')`:
 * topics are rows; columns are agreement, disagreement, and one "distinct perspective" column per role.
 * Keys are flat (`topic/<id>`, `card/<id>`, `perspective/<role>`); each card is a Y.Map with Y.Text for
 * text and quote and a poll map holding each member's answer under that member's own key.
 */
import * as Y from 'yjs'
import * as z from 'zod'
import { byOrderThenId } from './fractional-index'
import { ORIGINS, type TransactionOrigin } from './origin'
import { boardRoot } from './schema'

export const POLL_ANSWERS = ['agree', 'disagree'] as const
export type PollAnswer = (typeof POLL_ANSWERS)[number]

export type SynthesisColumn =
  | { readonly kind: 'agreement' }
  | { readonly kind: 'disagreement' }
  /** role: a stakeholder role id or a role family (e.g. 'state', 'district') */
  | { readonly kind: 'perspective'; readonly role: string }

export interface Provenance {
  /** the breakout group the point came from, if any */
  readonly groupId?: string
  /** stakeholder roles that voiced it */
  readonly roles: readonly string[]
  /** the group's name and breakout round when promoted: kept, because a later round reuses group names and drops old groups */
  readonly groupName?: string
  readonly round?: number
}

export interface NewCard {
  readonly id: string
  readonly topicId: string
  readonly column: SynthesisColumn
  readonly text: string
  readonly quote?: string
  /** the quoted speaker's role — a role, never a name, so quotes can stay anonymous */
  readonly quoteRole?: string
  readonly provenance: Provenance
  /** omit in anonymous mode: the card then carries no trace of who wrote it */
  readonly authorId?: string
  readonly order: string
}

export interface PollTally {
  readonly agree: number
  readonly disagree: number
  readonly answers: Readonly<Record<string, PollAnswer>>
}
export interface SynthesisCard extends Omit<NewCard, 'quote'> {
  readonly quote: string
  readonly poll: PollTally
}
export interface SynthesisTopic {
  readonly id: string
  readonly title: string
  readonly order: string
  readonly agreement: readonly SynthesisCard[]
  readonly disagreement: readonly SynthesisCard[]
  /** role → cards, for every perspective column of the board and any role a card uses */
  readonly perspectives: Readonly<Record<string, readonly SynthesisCard[]>>
}
export interface SynthesisBoard {
  readonly perspectives: readonly { readonly role: string; readonly label: string; readonly order: string }[]
  readonly topics: readonly SynthesisTopic[]
  /** cards whose topic was removed (e.g. concurrently with the card being added) */
  readonly unplaced: readonly SynthesisCard[]
}

const TOPIC = 'topic/'
const CARD = 'card/'
const PERSPECTIVE = 'perspective/'
type Origin = TransactionOrigin
const local = ORIGINS.localUser
const root = (doc: Y.Doc) => boardRoot(doc, 'synthesis')

// board content is remote: plain values are parsed, Y types are checked with instanceof
const ProvenanceValue = z.object({
  roles: z.array(z.string()).catch([]),
  groupId: z.string().optional().catch(undefined),
  groupName: z.string().max(200).optional().catch(undefined),
  round: z.number().int().nonnegative().optional().catch(undefined),
})
const PerspectiveValue = z.object({ label: z.string(), order: z.string() })
const ymap = (v: unknown): Y.Map<unknown> | undefined => (v instanceof Y.Map ? v : undefined)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const text = (v: unknown): string => (v instanceof Y.Text ? v.toString() : '')

// ── topics and perspective columns ───────────────────────────────────────────────────────────────

export function addTopic(doc: Y.Doc, topic: { id: string; title: string; order: string }, origin: Origin = local): void {
  doc.transact(() => {
    const m = new Y.Map<unknown>()
    m.set('title', new Y.Text(topic.title))
    m.set('order', topic.order)
    root(doc).set(TOPIC + topic.id, m)
  }, origin)
}

/** Removes the topic and its cards together. */
export function removeTopic(doc: Y.Doc, topicId: string, origin: Origin = local): void {
  doc.transact(() => {
    const r = root(doc)
    r.delete(TOPIC + topicId)
    for (const [key, v] of [...r.entries()]) if (key.startsWith(CARD) && ymap(v)?.get('topicId') === topicId) r.delete(key)
  }, origin)
}

export function addPerspective(doc: Y.Doc, p: { role: string; label: string; order: string }, origin: Origin = local): void {
  doc.transact(() => {
    root(doc).set(PERSPECTIVE + p.role, { label: p.label, order: p.order })
  }, origin)
}
export function removePerspective(doc: Y.Doc, role: string, origin: Origin = local): void {
  doc.transact(() => {
    root(doc).delete(PERSPECTIVE + role)
  }, origin)
}

// ── cards ────────────────────────────────────────────────────────────────────────────────────────

function writeColumn(card: Y.Map<unknown>, column: SynthesisColumn): void {
  card.set('column', column.kind)
  if (column.kind === 'perspective') card.set('role', column.role)
  else card.delete('role')
}

export function addCard(doc: Y.Doc, c: NewCard, origin: Origin = local): void {
  doc.transact(() => {
    const m = new Y.Map<unknown>()
    m.set('topicId', c.topicId)
    writeColumn(m, c.column)
    m.set('text', new Y.Text(c.text))
    // always present, so an editor can bind to it; empty means "no quote"
    m.set('quote', new Y.Text(c.quote ?? ''))
    if (c.quoteRole !== undefined) m.set('quoteRole', c.quoteRole)
    const { groupId, groupName, round } = c.provenance
    m.set('provenance', {
      roles: [...new Set(c.provenance.roles)],
      ...(groupId !== undefined ? { groupId } : {}),
      ...(groupName !== undefined ? { groupName } : {}),
      ...(round !== undefined ? { round } : {}),
    })
    if (c.authorId !== undefined) m.set('authorId', c.authorId)
    m.set('order', c.order)
    m.set('poll', new Y.Map<unknown>())
    root(doc).set(CARD + c.id, m)
  }, origin)
}

/** A move is field writes on the card only: concurrent edits of its text are kept. */
export function moveCard(doc: Y.Doc, cardId: string, to: { topicId: string; column: SynthesisColumn; order: string }, origin: Origin = local): boolean {
  const card = ymap(root(doc).get(CARD + cardId))
  if (!card) return false
  doc.transact(() => {
    card.set('topicId', to.topicId)
    writeColumn(card, to.column)
    card.set('order', to.order)
  }, origin)
  return true
}

export function removeCard(doc: Y.Doc, cardId: string, origin: Origin = local): void {
  doc.transact(() => {
    root(doc).delete(CARD + cardId)
  }, origin)
}

/** `null` withdraws the member's answer. Each member writes only their own key. */
export function answerPoll(doc: Y.Doc, cardId: string, memberId: string, answer: PollAnswer | null, origin: Origin = local): boolean {
  const poll = ymap(ymap(root(doc).get(CARD + cardId))?.get('poll'))
  if (!poll) return false
  doc.transact(() => {
    if (answer === null) poll.delete(memberId)
    else poll.set(memberId, answer)
  }, origin)
  return true
}

/** Live Y.Text handles for editors (concurrent typing merges). */
export const topicTitleText = (doc: Y.Doc, topicId: string): Y.Text | undefined => {
  const t = ymap(root(doc).get(TOPIC + topicId))?.get('title')
  return t instanceof Y.Text ? t : undefined
}
export const cardText = (doc: Y.Doc, cardId: string, field: 'text' | 'quote'): Y.Text | undefined => {
  const t = ymap(root(doc).get(CARD + cardId))?.get(field)
  return t instanceof Y.Text ? t : undefined
}

// ── reading ──────────────────────────────────────────────────────────────────────────────────────

export function tallyPoll(poll: Y.Map<unknown> | undefined): PollTally {
  const answers: Record<string, PollAnswer> = {}
  for (const [member, v] of poll?.entries() ?? []) if (v === 'agree' || v === 'disagree') answers[member] = v
  const values = Object.values(answers)
  return { agree: values.filter((v) => v === 'agree').length, disagree: values.filter((v) => v === 'disagree').length, answers }
}

function readCard(id: string, m: Y.Map<unknown>): SynthesisCard | undefined {
  const topicId = str(m.get('topicId'))
  const kind = m.get('column')
  const role = str(m.get('role'))
  const column: SynthesisColumn | undefined =
    kind === 'agreement' || kind === 'disagreement' ? { kind } : kind === 'perspective' && role !== undefined ? { kind, role } : undefined
  if (topicId === undefined || column === undefined) return undefined
  const { roles, groupId, groupName, round } = ProvenanceValue.catch({ roles: [] }).parse(m.get('provenance'))
  const quoteRole = str(m.get('quoteRole'))
  const authorId = str(m.get('authorId'))
  return {
    id, topicId, column, text: text(m.get('text')), quote: text(m.get('quote')),
    ...(quoteRole !== undefined ? { quoteRole } : {}),
    provenance: {
      roles,
      ...(groupId !== undefined ? { groupId } : {}),
      ...(groupName !== undefined ? { groupName } : {}),
      ...(round !== undefined ? { round } : {}),
    },
    ...(authorId !== undefined ? { authorId } : {}),
    order: str(m.get('order')) ?? '',
    poll: tallyPoll(ymap(m.get('poll'))),
  }
}

export function readSynthesis(doc: Y.Doc): SynthesisBoard {
  const topics: { id: string; title: string; order: string }[] = []
  const cards: SynthesisCard[] = []
  const perspectives: { id: string; role: string; label: string; order: string }[] = []
  for (const [key, v] of root(doc).entries()) {
    if (key.startsWith(TOPIC)) {
      const m = ymap(v)
      if (m) topics.push({ id: key.slice(TOPIC.length), title: text(m.get('title')), order: str(m.get('order')) ?? '' })
    } else if (key.startsWith(CARD)) {
      const m = ymap(v)
      const card = m && readCard(key.slice(CARD.length), m)
      if (card) cards.push(card)
    } else if (key.startsWith(PERSPECTIVE)) {
      const p = PerspectiveValue.safeParse(v)
      const role = key.slice(PERSPECTIVE.length)
      if (p.success) perspectives.push({ id: role, role, ...p.data })
    }
  }
  cards.sort(byOrderThenId)
  const topicIds = new Set(topics.map((t) => t.id))
  return {
    perspectives: perspectives.sort(byOrderThenId).map(({ role, label, order }) => ({ role, label, order })),
    topics: topics.sort(byOrderThenId).map((t) => {
      const mine = cards.filter((c) => c.topicId === t.id)
      const byRole: Record<string, SynthesisCard[]> = Object.fromEntries(perspectives.map((p) => [p.role, []]))
      for (const c of mine) if (c.column.kind === 'perspective') (byRole[c.column.role] ??= []).push(c)
      return {
        ...t,
        agreement: mine.filter((c) => c.column.kind === 'agreement'),
        disagreement: mine.filter((c) => c.column.kind === 'disagreement'),
        perspectives: byRole,
      }
    }),
    unplaced: cards.filter((c) => !topicIds.has(c.topicId)),
  }
}
