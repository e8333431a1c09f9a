/**
 * The REST contract of plan snapshots (server/routes/snapshots.ts), shared by client and server:
 * routes, the request body, every response schema, and the export formats with their content types.
 */
import * as z from 'zod'
import { PlanDocument } from './document'
import { API, fillPath } from '../api/routes'
import { plainTextProblem } from '../text/plain-text'
import { PAPER_SIZE_IDS, type PaperSize } from '../render/model'

export const SnapshotBody = z.strictObject({
  /** the justification note: every version says why it was taken (Tool A "Update Summary") */
  summary: z
    .string({ error: 'summary is required' })
    .trim()
    .min(1, 'summary must not be empty: say what changed or why this version is taken')
    .max(2000, 'summary is at most 2000 characters')
    .refine((text) => plainTextProblem(text, { multiline: true }) === undefined, 'summary must not contain control characters or unpaired surrogates'),
})
export type SnapshotBody = z.infer<typeof SnapshotBody>

/** Marking a version final takes no fields; anything sent is refused rather than ignored. */
export const FinalBody = z.strictObject({})

export const SnapshotMeta = z.object({
  version: z.number().int().positive(),
  createdAt: z.string(),
  authorId: z.string(),
  /** the author's display name, or '' when the member is gone */
  authorName: z.string(),
  summary: z.string(),
  /** set once a facilitator marks this version final (the one the board signs); exports then carry no draft marks */
  final: z.object({ markedBy: z.string(), markedByName: z.string(), markedAt: z.string() }).nullable(),
})
export type SnapshotMeta = z.infer<typeof SnapshotMeta>

export const SnapshotList = z.object({ snapshots: z.array(SnapshotMeta) })
export type SnapshotList = z.infer<typeof SnapshotList>

export const SnapshotDetail = SnapshotMeta.extend({ plan: PlanDocument })
export type SnapshotDetail = z.infer<typeof SnapshotDetail>

export const PlanChangeSchema = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  section: z.string(),
  path: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
})
export const SnapshotDiff = z.object({
  from: SnapshotDetail,
  to: SnapshotDetail,
  changes: z.array(PlanChangeSchema),
  summary: z.record(z.string(), z.object({ added: z.number(), removed: z.number(), changed: z.number() })),
})
export type SnapshotDiff = z.infer<typeof SnapshotDiff>

export const EXPORT_FORMATS = {
  docx: { label: 'Word (.docx)', extension: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { label: 'PDF (.pdf)', extension: 'pdf', contentType: 'application/pdf' },
  md: { label: 'Markdown (.md)', extension: 'md', contentType: 'text/markdown; charset=utf-8' },
  html: { label: 'Web page for print (.html)', extension: 'html', contentType: 'text/html; charset=utf-8' },
  json: { label: 'JSON (.json)', extension: 'json', contentType: 'application/json; charset=utf-8' },
  /** the quality findings, kept out of the document the board signs */
  review: { label: 'Review notes (.md)', extension: 'review.md', contentType: 'text/markdown; charset=utf-8' },
} as const
export type ExportFormat = keyof typeof EXPORT_FORMATS
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]]

/** `?paper=a4` on an export overrides the plan's paper setting. */
export const ExportQuery = z.object({ paper: z.enum(PAPER_SIZE_IDS, { error: `paper must be one of ${PAPER_SIZE_IDS.join(', ')}` }).optional() })

export const SNAPSHOT_ROUTES = {
  list: (ws: string) => fillPath(API.snapshots, { id: ws }),
  one: (ws: string, version: number) => fillPath(API.snapshot, { id: ws, version }),
  diff: (ws: string, a: number, b: number) => fillPath(API.snapshotDiff, { id: ws, a, b }),
  export: (ws: string, version: number, format: ExportFormat, paper?: PaperSize) =>
    `${fillPath(API.snapshotExport, { id: ws, version, format })}${paper ? `?paper=${paper}` : ''}`,
  final: (ws: string, version: number) => fillPath(API.snapshotFinal, { id: ws, version }),
} as const

/** "riverside-usd-plan-v3.docx": ASCII only, so every browser and OS keeps it as given. */
export function exportFileName(title: string, version: number, format: ExportFormat): string {
  const slug = title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_-]+/g, '-').slice(0, 60).replace(/-$/, '')
  return `${slug || 'improvement-plan'}-v${version}.${EXPORT_FORMATS[format].extension}`
}
