/**
 * Session facts → the sentences of the session record that answer Tool A's two process questions
 * ("How was the needs assessment … completed and who was involved?", "How was stakeholder input
 * included?"). Each sentence says only what the facts show and has a fixed id, so the team can
 * replace its wording in the draft (`record.<id>`) and the edit survives later snapshots.
 */
import { STAKEHOLDER_ROLES } from '../auth/roles'
import { humanDate, humanDateRange } from '../render/dates'
import { SESSION_METHODS, type SessionFactsInput, type SessionMethod } from './input'

export const SESSION_RECORD = {
  when: { question: 'how-completed', hint: 'When the team met and the methods it used' },
  who: { question: 'how-completed', hint: 'Who took part' },
  roles: { question: 'stakeholder-input', hint: 'Stakeholder roles represented' },
  rubric: { question: 'stakeholder-input', hint: 'How the self-reflection was scored' },
  inputs: { question: 'stakeholder-input', hint: 'How everyone’s ideas were gathered' },
} as const satisfies Record<string, { question: 'how-completed' | 'stakeholder-input'; hint: string }>
export type SessionSentenceId = keyof typeof SESSION_RECORD
export const SESSION_SENTENCE_IDS = Object.keys(SESSION_RECORD) as SessionSentenceId[]

export type SessionSentence = {
  readonly id: SessionSentenceId
  /** what the plan says: the team's wording when they edited it, else the generated one */
  readonly text: string
  /** what the facts alone would say (kept, so the editor can show and restore it) */
  readonly generated: string
  readonly edited: boolean
}

const roleLabel = (p: { role: string; label?: string }): string =>
  p.label?.trim() || (Object.hasOwn(STAKEHOLDER_ROLES, p.role) ? STAKEHOLDER_ROLES[p.role as keyof typeof STAKEHOLDER_ROLES] : p.role)

/** "a, b and c" */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** Several sessions (a segmented needs assessment) read as one record: first day to last, everything used, everyone counted. */
function merge(sessions: readonly SessionFactsInput[]): SessionFactsInput | null {
  if (sessions.length === 0) return null
  const sorted = [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const first = sorted[0]
  const last = sorted.at(-1)
  if (!first || !last) return null
  const people = new Map<string, { role: string; label?: string; count: number }>()
  for (const s of sorted) for (const p of s.participants) {
    const key = roleLabel(p)
    const had = people.get(key)
    people.set(key, { ...p, count: Math.max(had?.count ?? 0, p.count) })
  }
  const rubric = sorted.flatMap((s) => (s.rubric ? [s.rubric] : []))
  return {
    date: last.date,
    startDate: first.startDate ?? first.date,
    methods: [...new Set(sorted.flatMap((s) => s.methods))],
    participants: [...people.values()],
    facilitators: Math.max(0, ...sorted.map((s) => s.facilitators ?? 0)),
    anonymous: sorted.every((s) => s.anonymous),
    ...(rubric.length > 0 && { rubric: { revealed: rubric.some((r) => r.revealed), teamLevels: Math.max(...rubric.map((r) => r.teamLevels)) } }),
  }
}

function roleCounts(s: SessionFactsInput): { label: string; count: number }[] {
  return s.participants
    .filter((p) => p.count > 0)
    .map((p) => ({ label: roleLabel(p), count: p.count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1))
}

const METHOD_ORDER: readonly SessionMethod[] = ['rubric', 'swot', 'fishbone', 'fiveWhys', 'brainstorm', 'dotVote', 'breakout']

function generate(s: SessionFactsInput, locale: string): Record<SessionSentenceId, string> {
  const when = humanDateRange(s.startDate ?? s.date, s.date, locale)
  const on = when.includes('–') ? `Between ${when}` : `On ${humanDate(s.date, locale)}`
  const methods = METHOD_ORDER.filter((m) => s.methods.includes(m)).map((m) => SESSION_METHODS[m])
  const people = roleCounts(s)
  const total = people.reduce((n, p) => n + p.count, 0)
  const facilitators = s.facilitators ?? 0
  const led = facilitators > 0 ? `, led by ${plural(facilitators, 'facilitator', 'facilitators')}` : ''
  const rubric = s.rubric
  let rubricText = ''
  if (rubric?.revealed) {
    rubricText = s.anonymous
      ? 'Each member scored the LEA Self-Reflection privately; the facilitator revealed the results only as anonymous counts per element'
      : 'Each member scored the LEA Self-Reflection privately; the facilitator then revealed everyone’s picks to the team'
    rubricText += rubric.teamLevels > 0 ? `, and the team agreed levels for ${plural(rubric.teamLevels, 'element', 'elements')} together.` : '; team levels were not agreed yet.'
  } else if (rubric && rubric.teamLevels > 0) {
    rubricText = `The team agreed LEA Self-Reflection levels for ${plural(rubric.teamLevels, 'element', 'elements')} together in discussion; no individual scores were revealed.`
  }
  const inputs = [
    s.methods.includes('brainstorm') ? 'ideas were first written silently by each member and then revealed together' : '',
    s.methods.includes('dotVote') ? 'priorities were chosen by dot vote' : '',
    s.methods.includes('breakout') ? 'part of the work was done in breakout groups' : '',
  ].filter(Boolean)
  return {
    when: methods.length ? `${on}, the team met in a facilitated session and used ${joinList(methods)}.` : `${on}, the team met in a facilitated session.`,
    who: total > 0 ? `${plural(total, 'participant', 'participants')} took part${led}.` : facilitators > 0 ? `The session was led by ${plural(facilitators, 'facilitator', 'facilitators')}.` : '',
    roles: people.length ? `Stakeholder roles represented: ${joinList(people.map((p) => `${p.label} (${p.count})`))}.` : '',
    rubric: rubricText,
    inputs: inputs.length ? `${joinList(inputs).replace(/^./, (c) => c.toUpperCase())}.` : '',
  }
}

/**
 * The record's sentences, in order, for one question. A sentence with nothing to say is left out,
 * unless the team wrote their own wording for it (an edit is never dropped).
 */
export function sessionRecord(
  sessions: readonly SessionFactsInput[],
  edits: Readonly<Partial<Record<string, string>>>,
  locale: string,
): { readonly 'how-completed': SessionSentence[]; readonly 'stakeholder-input': SessionSentence[] } {
  const merged = merge(sessions)
  const generated = merged ? generate(merged, locale) : null
  const out: { 'how-completed': SessionSentence[]; 'stakeholder-input': SessionSentence[] } = { 'how-completed': [], 'stakeholder-input': [] }
  for (const id of SESSION_SENTENCE_IDS) {
    const gen = generated?.[id] ?? ''
    const edit = edits[id]?.trim() ?? ''
    if (!gen && !edit) continue
    out[SESSION_RECORD[id].question].push({ id, text: edit || gen, generated: gen, edited: edit !== '' && edit !== gen })
  }
  return out
}
