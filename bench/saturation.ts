/**
 * Saturation: the highest offered edit rate a server sustains — p99 under 100 ms, every delivery
 * received, and no backlog (the last delivery within half a second of the send window). Rooms of
 * 10 clients; the offered rate doubles until a step fails (or the top of the ladder is reached).
 */
import { runFanout, type FanoutResult } from './fanout'
import type { BenchServer } from './lib/servers'

export interface SaturationStep {
  /** edits per second offered by all clients together */
  readonly offered: number
  readonly sustained: boolean
  readonly result: FanoutResult
}

export interface SaturationResult {
  /** the highest offered rate sustained (0 when even the first step failed) */
  readonly sustainedRate: number
  readonly steps: readonly SaturationStep[]
}

export interface SaturationPlan {
  readonly rooms: number
  readonly clientsPerRoom: number
  /** per-client edit rates to try, ascending */
  readonly perClientRates: readonly number[]
  /** how long each step sends */
  readonly seconds: number
}

export const P99_LIMIT_MS = 100

export function sustained(result: FanoutResult, sendWindow: number): boolean {
  return result.received >= result.expected && result.p99 < P99_LIMIT_MS && result.seconds <= sendWindow + 0.5
}

export async function runSaturation(start: () => Promise<BenchServer>, plan: SaturationPlan, log: (line: string) => void): Promise<SaturationResult> {
  const steps: SaturationStep[] = []
  let sustainedRate = 0
  for (const perSecond of plan.perClientRates) {
    const edits = Math.max(2, Math.round(perSecond * plan.seconds))
    const server = await start()
    let result: FanoutResult
    try {
      result = await runFanout(server, { name: 'saturation', rooms: plan.rooms, clientsPerRoom: plan.clientsPerRoom, edits, perSecond })
    } finally {
      await server.stop()
    }
    const offered = plan.rooms * plan.clientsPerRoom * perSecond
    const ok = sustained(result, edits / perSecond)
    steps.push({ offered, sustained: ok, result })
    log(`[saturation] ${server.kind} ${offered} edits/s offered: p99 ${result.p99.toFixed(1)} ms, last delivery ${result.seconds.toFixed(1)} s after the first send, ${ok ? 'sustained' : 'NOT sustained'}`)
    if (!ok) break
    sustainedRate = offered
  }
  return { sustainedRate, steps }
}
