/**
 * Reading every scorer's private rubric document on the server. Private documents are written by
 * their members, so their content is untrusted: picks are kept only for known elements and real
 * levels, and evidence is trimmed and bounded before anything is aggregated or published.
 */
import * as z from 'zod'
import type { Rubric } from '../../shared/content/rubric-model'
import { readSubmission } from '../../shared/doc/rubric'
import { elementIds } from '../../shared/domain/rubric/structure'
import type { Submission } from '../../shared/domain/rubric/types'
import type { ServerDocs } from '../docs/server-docs'
import { readEachPrivate, type SkippedMember } from '../docs/read-private'
import type { MemberRow } from '../storage/types'

/** Longest evidence text per element that reaches a publication; longer text is cut, not refused. */
export const MAX_EVIDENCE_CHARS = 4000

/** Observers read but never score (critical reflectors, visitors). */
export const isScorer = (m: Pick<MemberRow, 'role'>): boolean => m.role !== 'observer'

export function submissionSchema(rubric: Rubric): z.ZodType<Submission> {
  const known = new Set(elementIds(rubric))
  const levels = rubric.levels.length
  return z.object({
    picks: z.record(z.string(), z.unknown()).transform((raw) => {
      const picks: Record<string, number> = {}
      for (const [el, v] of Object.entries(raw))
        if (known.has(el) && typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < levels) picks[el] = v
      return picks
    }),
    evidence: z.record(z.string(), z.unknown()).transform((raw) => {
      const evidence: Record<string, string> = {}
      for (const [el, v] of Object.entries(raw)) {
        const text = typeof v === 'string' ? v.trim().slice(0, MAX_EVIDENCE_CHARS) : ''
        if (known.has(el) && text !== '') evidence[el] = text
      }
      return evidence
    }),
  })
}

/**
 * memberId → sanitised submission, for every scorer whose private document could be read (those who
 * picked nothing are included as empty); the others are `skipped`, by name.
 */
export async function readSubmissions(
  docs: ServerDocs,
  rubric: Rubric,
  workspaceId: string,
  members: readonly MemberRow[],
): Promise<{ submissions: Record<string, Submission>; skipped: readonly SkippedMember[] }> {
  const schema = submissionSchema(rubric)
  const read = await readEachPrivate(docs, workspaceId, members.filter(isScorer), (doc) => readSubmission(doc))
  const submissions: Record<string, Submission> = {}
  for (const [memberId, raw] of read.values) {
    const parsed = schema.safeParse(raw)
    submissions[memberId] = parsed.success ? parsed.data : { picks: {}, evidence: {} }
  }
  return { submissions, skipped: read.skipped }
}

/** Only members who picked at least one level count as having submitted. */
export function submitted(submissions: Readonly<Record<string, Submission>>): Record<string, Submission> {
  return Object.fromEntries(Object.entries(submissions).filter(([, s]) => Object.keys(s.picks).length > 0))
}
