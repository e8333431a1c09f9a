/**
 * The REST contract of monitoring (server/monitoring/routes.ts): following a plan version, cadence
 * report versions and their exports, coach comments, and carrying the annual review forward.
 */
import * as z from 'zod'
import { MONTH } from '../domain/monitoring/periods'
import { CADENCE_KEYS, ReportDocument } from '../domain/monitoring/report-document'

export const FollowBody = z.strictObject({
  version: z.number({ error: 'version must be a snapshot version number' }).int().positive(),
  yearStart: z.string().regex(MONTH, 'yearStart must be the first month of the school year as YYYY-MM'),
  yearLabel: z.string().trim().min(1, 'yearLabel is required, e.g. "2026-27"').max(40, 'yearLabel is at most 40 characters'),
  planYear: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'planYear must be 1, 2 or 3' }),
})
export type FollowBody = z.infer<typeof FollowBody>

const PERIOD = /^(\d{4}-(0[1-9]|1[0-2])|Q[1-4]|S[12]|year)$/
export const ReportBody = z
  .strictObject({
    cadence: z.enum(CADENCE_KEYS, { error: `cadence must be one of ${CADENCE_KEYS.join(', ')}` }),
    period: z.string().regex(PERIOD, 'period must be YYYY-MM (monthly), Q1–Q4, S1–S2 or "year"'),
    summary: z.string().trim().max(2000, 'summary is at most 2000 characters').default(''),
  })
  .refine(
    (b) => ({ monthly: MONTH.test(b.period), quarterly: /^Q[1-4]$/.test(b.period), semester: /^S[12]$/.test(b.period), annual: b.period === 'year' })[b.cadence],
    { message: 'period does not fit the cadence (monthly: YYYY-MM, quarterly: Q1–Q4, semester: S1–S2, annual: year)', path: ['period'] },
  )
export type ReportBody = z.infer<typeof ReportBody>

export const ReportMeta = z.object({
  version: z.number().int().positive(),
  createdAt: z.string(),
  authorName: z.string(),
  cadence: z.enum(CADENCE_KEYS),
  period: z.string(),
  title: z.string(),
  summary: z.string(),
})
export type ReportMeta = z.infer<typeof ReportMeta>
export const ReportList = z.object({ reports: z.array(ReportMeta) })
export const ReportDetail = ReportMeta.extend({ report: ReportDocument })
export type ReportDetail = z.infer<typeof ReportDetail>

export const CarryForwardBody = z.strictObject({ confirm: z.literal(true, { error: 'confirm must be true: this replaces the plan draft (the signed version stays in its snapshot)' }) })
export const CarryForwardResult = z.object({ finished: z.array(z.string()), carried: z.array(z.string()) })

export const REPORT_FORMATS = ['docx', 'pdf', 'md', 'html', 'json'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export const MONITORING_ROUTES = {
  follow: (ws: string) => `/api/workspaces/${ws}/monitoring/follow`,
  reports: (ws: string) => `/api/workspaces/${ws}/monitoring/reports`,
  report: (ws: string, v: number) => `/api/workspaces/${ws}/monitoring/reports/${v}`,
  export: (ws: string, v: number, f: ReportFormat) => `/api/workspaces/${ws}/monitoring/reports/${v}/export.${f}`,
  carryForward: (ws: string) => `/api/workspaces/${ws}/monitoring/carry-forward`,
  threads: (ws: string) => `/api/workspaces/${ws}/comments`,
  replies: (ws: string, t: string) => `/api/workspaces/${ws}/comments/${t}/replies`,
  resolve: (ws: string, t: string) => `/api/workspaces/${ws}/comments/${t}/resolve`,
} as const
