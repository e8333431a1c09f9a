/**
 * Rows of figures → a table (medians, median of per-run ratios ours/stock, target verdict), printed
 * and appended to bench/RESULTS.md with the machine description and the exact command.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { execFileSync } from 'node:child_process'
import { median, medianRatio } from './stats'

export type Target =
  /** ours/stock must be at most this */
  | { readonly kind: 'ratio'; readonly max: number }
  /** ours must be at most this (in the row's unit) */
  | { readonly kind: 'max'; readonly max: number }
  /** ours/stock must be at least this (higher is better, e.g. a sustained rate) */
  | { readonly kind: 'min-ratio'; readonly min: number }

export interface Row {
  readonly section: string
  readonly metric: string
  readonly unit: string
  /** one value per repetition */
  readonly ours: number[]
  readonly stock?: number[]
  /** the two-instance configuration (ours ×2 on PostgreSQL + Redis), when it ran */
  readonly cluster?: number[]
  readonly target?: Target
  /** the two-instance configuration judged against one instance of ours: ×2/ours at most this */
  readonly clusterTarget?: { readonly max: number }
  readonly digits?: number
  /** a caveat shown with the verdict (e.g. the load generator could not keep up) */
  readonly caveat?: string
}

const fmt = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '—')

export function verdict(row: Row): string {
  const text = [bareVerdict(row, row.ours, ''), clusterVerdict(row)].filter(Boolean).join('; ')
  return row.caveat ? `${text}${text ? ' ' : ''}(${row.caveat})` : text
}

function clusterVerdict(row: Row): string {
  if (!row.clusterTarget || !row.cluster?.length) return ''
  const ratio = medianRatio(row.cluster, row.ours)
  const label = `×2/ours ≤ ${row.clusterTarget.max}×`
  if (!Number.isFinite(ratio)) return `${label}: no data`
  return ratio <= row.clusterTarget.max ? `${label}: met (${fmt(ratio, 2)}×)` : `${label}: MISSED (${fmt(ratio, 2)}×)`
}

function bareVerdict(row: Row, values: readonly number[], who: string): string {
  if (!row.target || values.length === 0) return ''
  if (row.target.kind === 'min-ratio') {
    const ratio = medianRatio(values, row.stock ?? [])
    const label = `${who}≥ ${row.target.min}×`
    if (!Number.isFinite(ratio)) return `${label}: no data`
    return ratio >= row.target.min ? `${label}: met` : `${label}: MISSED by ${Math.round((1 - ratio / row.target.min) * 100)}%`
  }
  const value = row.target.kind === 'ratio' ? medianRatio(values, row.stock ?? []) : median(values)
  const limit = row.target.max
  const label = `${who}${row.target.kind === 'ratio' ? `≤ ${limit}×` : `≤ ${limit} ${row.unit}`}`
  if (!Number.isFinite(value)) return `${label}: no data`
  if (value <= limit) return `${label}: met`
  const over = limit === 0 ? `${fmt(value, row.digits ?? 1)} ${row.unit}` : `+${Math.round((value / limit - 1) * 100)}%`
  return `${label}: MISSED by ${over}`
}

/** Median of per-run ratios, formatted; blank when either side has no data. */
const ratioCell = (a: readonly number[] | undefined, b: readonly number[] | undefined) => {
  const ratio = a && b ? medianRatio(a, b) : Number.NaN
  return Number.isFinite(ratio) ? `${fmt(ratio, 2)}×` : ''
}

export function table(rows: readonly Row[]): string {
  // the cluster columns appear only in runs that measured it, so other tables keep their shape
  const withCluster = rows.some((r) => r.cluster)
  const head = [
    'section', 'metric', 'ours (median)', 'stock (median)', 'ours/stock (median of ratios)',
    ...(withCluster ? ['ours ×2, Postgres + Redis (median)', '×2/stock'] : []),
    'target', `every run (ours; stock${withCluster ? '; ×2' : ''})`,
  ]
  const lines = rows.map((r) => {
    const d = r.digits ?? 1
    const runs = (v: readonly number[]) => v.map((x) => fmt(x, d)).join(', ')
    return [
      r.section,
      `${r.metric} (${r.unit})`,
      r.ours.length ? fmt(median(r.ours), d) : '',
      r.stock ? fmt(median(r.stock), d) : '',
      ratioCell(r.ours, r.stock),
      ...(withCluster ? [r.cluster ? fmt(median(r.cluster), d) : '', ratioCell(r.cluster, r.stock)] : []),
      verdict(r),
      r.cluster
        ? [runs(r.ours) || '—', r.stock ? runs(r.stock) : '—', runs(r.cluster)].join('; ')
        : [runs(r.ours), ...(r.stock ? [runs(r.stock)] : [])].join('; '),
    ]
  })
  const all = [head, ...lines]
  return all.map((cells, i) => `| ${cells.join(' | ')} |${i === 0 ? `\n|${cells.map(() => '---').join('|')}|` : ''}`).join('\n')
}

export function machine(): string {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()
    } catch {
      return '?'
    }
  }
  const dirty = git(['status', '--porcelain']) === '' ? '' : ' (working tree has uncommitted changes)'
  return [
    `- machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, node ${process.version}, ${process.platform}`,
    `- load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (shared machine: other work was running; figures are noisy)`,
    `- commit: ${git(['rev-parse', '--short', 'HEAD'])}${dirty}`,
  ].join('\n')
}

export function appendResults(file: string, entry: { command: string; started: Date; seconds: number; machine: string; table: string; notes: string[] }): void {
  if (!existsSync(file)) writeFileSync(file, '# Benchmark results\n\nAppended by `npm run bench` (see bench/README.md); newest last. Ratios are ours/stock, median of per-run ratios.\n')
  appendFileSync(
    file,
    [
      '',
      `## ${entry.started.toISOString()}`,
      '',
      `- command: \`${entry.command}\` (${Math.round(entry.seconds)} s)`,
      entry.machine,
      ...entry.notes.map((n) => `- ${n}`),
      '',
      entry.table,
      '',
    ].join('\n'),
  )
}
