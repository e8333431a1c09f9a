/**
 * Snapshot and export cost on the large fixture, in this process: the rubric aggregation of
 * 40 × 37 picks, the pure `snapshotPlan` transform, and the Word and PDF exports — of the large
 * fixture and of a plan of ordinary size (bench/plan-fixture.ts). Median of several runs
 * after warm-up, plus the first (cold) run, since a server's first snapshot runs unoptimised code.
 * Also the longest stall of this thread's event loop while the large PDF is made: laid out here, and
 * through the export worker the server uses (the relay of every live session runs on that loop).
 */
import { LEA_SELF_REFLECTION } from '../shared/content/lea-self-reflection'
import { buildAnonymousPublication } from '../shared/domain/rubric/publication'
import type { RubricTeamLevelInput } from '../shared/plan/input'
import { snapshotPlan } from '../shared/plan/snapshot'
import { renderPlan } from '../shared/plan/render-plan'
import type { PlanDocument } from '../shared/plan/document'
import { renderDocx } from '../server/snapshots/docx'
import { renderPdf } from '../server/snapshots/pdf'
import { PagedRenderer } from '../server/snapshots/paged-render'
import { largeSessionInput, rubricSubmissions } from './fixture'
import { typicalPlanInput } from './plan-fixture'
import { median } from './lib/stats'

export interface SnapshotResult {
  readonly aggregateMs: number
  readonly snapshotFirstMs: number
  readonly snapshotMs: number
  readonly docxFirstMs: number
  readonly docxMs: number
  readonly docxBytes: number
  readonly pdfFirstMs: number
  readonly pdfMs: number
  readonly pdfBytes: number
  readonly typicalDocxMs: number
  readonly typicalPdfMs: number
  readonly typicalPdfPages: number
  readonly planJsonBytes: number
  /** longest event-loop stall while the large PDF is laid out on this thread / through the worker */
  readonly pdfStallInlineMs: number
  readonly pdfStallWorkerMs: number
}

const exportDocx = (plan: PlanDocument) => renderDocx(renderPlan(plan, { version: 1, status: 'draft' }))
const exportPdf = (plan: PlanDocument) => renderPdf(renderPlan(plan, { version: 1, status: 'draft' }))

async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now()
  const value = await fn()
  return { ms: performance.now() - t, value }
}

/** the longest gap between 1 ms ticks of this thread's event loop while `fn` runs */
async function longestStall(fn: () => Promise<unknown>): Promise<number> {
  let last = performance.now()
  let longest = 0
  const tick = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 1)
  await new Promise((resolve) => setTimeout(resolve, 5))
  try {
    await fn()
    await new Promise((resolve) => setTimeout(resolve, 5))
  } finally {
    clearInterval(tick)
  }
  return longest
}

async function medianOf<T>(runs: number, fn: () => T | Promise<T>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push((await timed(fn)).ms)
  return median(times)
}

export async function runSnapshot(runs: number): Promise<SnapshotResult> {
  const submissions = rubricSubmissions(40)
  const aggregate = () => buildAnonymousPublication(LEA_SELF_REFLECTION, submissions, Math.random)
  const publication = aggregate()
  const team: RubricTeamLevelInput[] = publication.elements.map((e) => ({
    elementId: e.elementId,
    level: Math.min(3, Math.floor(e.median ?? 0)) as 0 | 1 | 2 | 3,
    evidence: e.evidence[0] ?? '',
  }))
  const input = largeSessionInput(team)
  const clock = { now: '2025-03-04T15:00:00.000Z' }

  const first = await timed(() => snapshotPlan(input, clock))
  const docxFirst = await timed(() => exportDocx(first.value))
  const pdfFirst = await timed(() => exportPdf(first.value))
  const aggregateMs = await medianOf(runs, aggregate)
  const snapshotMs = await medianOf(runs, () => snapshotPlan(input, clock))
  const docxMs = await medianOf(Math.max(3, Math.ceil(runs / 2)), () => exportDocx(first.value))
  const pdfMs = await medianOf(Math.max(3, Math.ceil(runs / 2)), () => exportPdf(first.value))
  const typical = snapshotPlan(typicalPlanInput(), clock)
  await exportDocx(typical)
  const typicalPdf = await exportPdf(typical)
  const typicalDocxMs = await medianOf(3, () => exportDocx(typical))
  const typicalPdfMs = await medianOf(3, () => exportPdf(typical))
  const worker = new PagedRenderer()
  const large = renderPlan(first.value, { version: 1, status: 'draft' })
  await worker.render('pdf', large)
  const pdfStallWorkerMs = await longestStall(() => worker.render('pdf', large))
  await worker.close()
  const pdfStallInlineMs = await longestStall(() => exportPdf(first.value))
  return {
    aggregateMs,
    snapshotFirstMs: first.ms,
    snapshotMs,
    docxFirstMs: docxFirst.ms,
    docxMs,
    docxBytes: docxFirst.value.byteLength,
    pdfFirstMs: pdfFirst.ms,
    pdfMs,
    pdfBytes: pdfFirst.value.byteLength,
    typicalDocxMs,
    typicalPdfMs,
    // pdfkit writes one "/Type /Page" per page (and "/Type /Pages" once)
    typicalPdfPages: (typicalPdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length,
    planJsonBytes: JSON.stringify(first.value).length,
    pdfStallInlineMs,
    pdfStallWorkerMs,
  }
}
