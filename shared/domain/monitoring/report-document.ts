/**
 * A cadence report as stored: the layout blocks every plan export renders (shared/plan/blocks.ts),
 * so Markdown, Word and print render a report exactly as they render a plan. Parsed with zod when
 * read back from storage (never trusted), like a plan snapshot.
 */
import * as z from 'zod'
import type { Block } from '../../plan/blocks'
import { err, ok, type Result } from '../../result'

export const CADENCES = {
  monthly: 'Monthly status summary',
  quarterly: 'Quarterly district report',
  semester: 'Semester milestone review',
  annual: 'Annual results review',
} as const
export type Cadence = keyof typeof CADENCES
export const CADENCE_KEYS = Object.keys(CADENCES) as [Cadence, ...Cadence[]]

const s = z.string()
const BlockSchema = z.union([
  z.object({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]), text: s }),
  z.object({ type: z.literal('paragraph'), text: s, style: z.enum(['note', 'quote', 'strong']).optional() }),
  z.object({ type: z.literal('list'), items: z.array(s).readonly(), ordered: z.boolean().optional() }),
  z.object({ type: z.literal('table'), caption: s.optional(), headers: z.array(s).readonly(), rows: z.array(z.array(s).readonly()).readonly() }),
])

export const REPORT_FORMAT = 'rootwork.monitoring-report/1'
export const ReportDocument = z.object({
  format: z.literal(REPORT_FORMAT),
  cadence: z.enum(CADENCE_KEYS),
  /** "2026-10" (monthly), "Q1"…"Q4", "S1"/"S2", "year" */
  period: s,
  title: s,
  generatedAt: s,
  /** the snapshot version monitored */
  planVersion: z.number().int().positive(),
  blocks: z.array(BlockSchema),
})
export type ReportDocument = z.infer<typeof ReportDocument>

// compile-time proof that a stored block is a renderable Block
const _blocksFit = (b: z.infer<typeof BlockSchema>): Block => b
void _blocksFit

export function parseReportDocument(json: unknown): Result<ReportDocument, string> {
  const parsed = ReportDocument.safeParse(json)
  if (parsed.success) return ok(parsed.data)
  const issue = parsed.error.issues[0]
  return err(issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid report')
}

export const reportToJson = (r: ReportDocument): string => `${JSON.stringify(r, null, 2)}\n`
