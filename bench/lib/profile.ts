/**
 * Summarises a V8 `.cpuprofile` (node --cpu-prof): self time per function and per source
 * (package or our bundle), so a missed target can say where the server's time goes.
 */
import { readFileSync } from 'node:fs'
import * as z from 'zod'

const CpuProfile = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  startTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
})

export interface ProfileSummary {
  readonly totalMs: number
  readonly functions: { readonly name: string; readonly ms: number }[]
  readonly sources: { readonly name: string; readonly ms: number }[]
  /** our server's own functions by inclusive time (self + everything they called) */
  readonly ours: { readonly name: string; readonly ms: number }[]
}

/** Now on the monotonic clock in µs (CLOCK_MONOTONIC, the clock V8's profiler stamps samples with). */
export const monotonicMicros = (): number => Number(process.hrtime.bigint() / 1000n)

function sourceOf(url: string): string {
  if (url === '') return '(native / V8)'
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg) return pkg[1]!
  if (url.startsWith('node:')) return 'node core'
  if (url.includes('/server/main.js')) return 'rootwork server bundle'
  return url.replace(/^file:\/\//, '')
}

function top(map: Map<string, number>, n: number): { name: string; ms: number }[] {
  return [...map].map(([name, us]) => ({ name, ms: us / 1000 })).sort((a, b) => b.ms - a.ms).slice(0, n)
}

/**
 * `window` (µs on the monotonic clock, as `monotonicMicros()` reads it in the bench process) keeps
 * only the samples taken inside it: V8 stamps samples with the same system-wide clock.
 */
export function summariseProfile(file: string, n = 15, window?: readonly [number, number]): ProfileSummary {
  const profile = CpuProfile.parse(JSON.parse(readFileSync(file, 'utf8')))
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const inclusive = new Map<string, number>()
  const functions = new Map<string, number>()
  const sources = new Map<string, number>()
  let total = 0
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0
    at += us
    if (window && (at < window[0] || at > window[1])) return
    const frame = byId.get(id)
    // `dispatch` without a script is the inspector serving an in-process profile, not the work measured
    if (!frame || frame.functionName === '(idle)' || (frame.functionName === 'dispatch' && frame.url === '')) return
    total += us
    const file = frame.url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*\/(server\/main\.js)$/, '$1')
    const name = `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`.trim()
    functions.set(name, (functions.get(name) ?? 0) + us)
    const source = sourceOf(frame.url)
    sources.set(source, (sources.get(source) ?? 0) + us)
    // every function of our bundle on this sample's stack, counted once per sample
    const seen = new Set<string>()
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const f = byId.get(node)
      if (!f || !f.url.includes('/server/main.js')) continue
      const label = `${f.functionName || '(anonymous)'} main.js:${f.lineNumber + 1}`
      if (seen.has(label)) continue
      seen.add(label)
      inclusive.set(label, (inclusive.get(label) ?? 0) + us)
    }
  })
  return { totalMs: total / 1000, functions: top(functions, n), sources: top(sources, 10), ours: top(inclusive, 12) }
}

export function formatProfile(title: string, s: ProfileSummary): string {
  const pct = (ms: number) => `${((ms / s.totalMs) * 100).toFixed(1)}%`
  return [
    `### ${title} — ${s.totalMs.toFixed(0)} ms busy (idle excluded)`,
    '',
    'By source: ' + s.sources.map((x) => `${x.name} ${pct(x.ms)}`).join(' · '),
    '',
    'Top functions by self time:',
    '',
    ...s.functions.map((f) => `- ${pct(f.ms)} ${f.ms.toFixed(0)} ms — ${f.name}`),
    ...(s.ours.length ? ['', 'Our server code by inclusive time (the function and everything it called):', '', ...s.ours.map((f) => `- ${pct(f.ms)} ${f.ms.toFixed(0)} ms — ${f.name}`)] : []),
  ].join('\n')
}
