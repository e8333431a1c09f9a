/**
 * Session facts → the two Tool A process questions ("How was the needs assessment … completed and
 * who was involved?", "How was stakeholder input included?"). Written as plain sentences the team
 * can edit; the team's own answer in the draft is kept alongside, never overwritten.
 */
import { STAKEHOLDER_ROLES } from '../auth/roles'
import { SESSION_METHODS, type SessionFactsInput } from './input'

const roleLabel = (p: { role: string; label?: string }): string =>
  p.label?.trim() || (Object.hasOwn(STAKEHOLDER_ROLES, p.role) ? STAKEHOLDER_ROLES[p.role as keyof typeof STAKEHOLDER_ROLES] : p.role)

/** "a, b and c" */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

const day = (date: string): string => (/^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : date)

function roleCounts(sessions: readonly SessionFactsInput[]): { label: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const s of sessions) for (const p of s.participants) if (p.count > 0) counts.set(roleLabel(p), (counts.get(roleLabel(p)) ?? 0) + p.count)
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1))
}

export function howCompletedFromSessions(sessions: readonly SessionFactsInput[]): string {
  return [...sessions]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((s) => {
      const methods = [...new Set(s.methods)].map((m) => SESSION_METHODS[m])
      const people = roleCounts([s])
      const total = people.reduce((n, p) => n + p.count, 0)
      const used = methods.length ? `the team used ${joinList(methods)}` : 'the team met'
      const who = total ? ` Participants (${total}): ${joinList(people.map((p) => `${p.count} ${p.label}`))}.` : ''
      return `On ${day(s.date)}, ${used} in a facilitated session.${who}`
    })
    .join('\n')
}

export function stakeholderInputFromSessions(sessions: readonly SessionFactsInput[]): string {
  if (sessions.length === 0) return ''
  const people = roleCounts(sessions)
  const parts = people.length ? [`Stakeholder roles represented: ${joinList(people.map((p) => `${p.label} (${p.count})`))}.`] : []
  const rubric = sessions.filter((s) => s.methods.includes('rubric'))
  if (rubric.length) {
    const anonymous = rubric.every((s) => s.anonymous)
    parts.push(
      anonymous
        ? 'Each member scored the self-reflection privately; results were shared only as anonymous team aggregates before the team agreed levels.'
        : 'Each member scored the self-reflection privately; the team then reviewed the results together before agreeing levels.',
    )
  }
  return parts.join(' ')
}
