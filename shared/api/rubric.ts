/**
 * REST contract of the rubric feature: the read-only rubric content, the facilitator's progress view,
 * reveal and reopen. Progress in anonymous mode is a strict object with counts only — no member ids.
 */
import * as z from 'zod'
import { API, fillPath } from './routes'

const domainId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'domain ids are short codes such as "1"')

/** One domain id, several, or every domain of the rubric. */
export const DomainSelection = z.union([z.literal('all'), z.array(domainId).min(1, 'name at least one domain').max(32)])
export type DomainSelection = z.infer<typeof DomainSelection>

export const RevealBody = z.strictObject({ domains: DomainSelection })
export type RevealBody = z.infer<typeof RevealBody>
export const ReopenBody = RevealBody
export type ReopenBody = RevealBody

const count = z.number().int().min(0)

const progressCounts = {
  /** elements in the rubric (37 for Tool C) */
  total: count,
  /** members expected to score (everyone but observers) */
  memberCount: count,
  /** members who picked at least one level */
  startedCount: count,
  /** members who picked a level for every element */
  finishedCount: count,
  /** scorers whose private document could not be read just now (counted as not started) */
  unreadableCount: count,
}

export const MemberProgress = z.strictObject({ memberId: z.string(), displayName: z.string(), scored: count, finished: z.boolean() })
export type MemberProgress = z.infer<typeof MemberProgress>

export const RubricProgress = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('named'), ...progressCounts, members: z.array(MemberProgress) }),
  z.strictObject({ mode: z.literal('anonymous'), ...progressCounts }),
])
export type RubricProgress = z.infer<typeof RubricProgress>

export const RevealResult = z.strictObject({
  revealedDomains: z.array(z.string()),
  mode: z.enum(['named', 'anonymous']),
  /** members whose picks went into the publication */
  memberCount: count,
  /** members whose private document could not be read: left out, named so the coach can follow up */
  skipped: z.array(z.string()),
})
export type RevealResult = z.infer<typeof RevealResult>

export const RUBRIC_ROUTES = {
  content: (rubricId: string) => fillPath(API.rubricContent, { rubricId }),
  progress: (workspaceId: string) => fillPath(API.rubricProgress, { id: workspaceId }),
  reveal: (workspaceId: string) => fillPath(API.rubricReveal, { id: workspaceId }),
  reopen: (workspaceId: string) => fillPath(API.rubricReopen, { id: workspaceId }),
} as const
