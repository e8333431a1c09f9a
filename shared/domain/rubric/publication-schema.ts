/**
 * zod schemas for a publication read back from a document: content arriving over sync is untrusted.
 * Objects are strict, so an anonymous result carrying any extra field (a member id) is rejected, not stripped.
 */
import * as z from 'zod'

const level = z.number().int().min(0)

const stats = {
  elementId: z.string().min(1),
  domainId: z.string().min(1),
  n: z.number().int().min(0),
  counts: z.array(z.number().int().min(0)),
  median: z.number().min(0).nullable(),
  range: z.strictObject({ min: level, max: level }).nullable(),
  spread: z.number().int().min(0),
  disagreement: z.boolean(),
}

const anonymousPublication = z.strictObject({
  mode: z.literal('anonymous'),
  rubricId: z.string(),
  memberCount: z.number().int().min(0),
  elements: z.array(z.strictObject({ ...stats, evidence: z.array(z.string()) })),
})

const namedPublication = z.strictObject({
  mode: z.literal('named'),
  rubricId: z.string(),
  memberIds: z.array(z.string()),
  elements: z.array(
    z.strictObject({
      ...stats,
      picks: z.record(z.string(), level),
      evidence: z.array(z.strictObject({ memberId: z.string(), text: z.string() })),
    }),
  ),
})

export const rubricPublicationSchema = z.discriminatedUnion('mode', [anonymousPublication, namedPublication])

/** What the published document holds for the rubric. */
export const publishedRubricSchema = z.strictObject({
  /** domain ids whose elements are included, in reveal order */
  revealedDomains: z.array(z.string()),
  publication: rubricPublicationSchema,
})
