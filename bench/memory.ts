/**
 * Memory per idle loaded document: RSS growth of the server while `count` small documents are
 * held open (one client each, one small edit each), divided by `count`. The connection's own
 * memory is included on both servers: a document nobody holds open is unloaded by ours.
 */
import { destroyAll, openSynced } from './lib/clients'
import { rssBytes } from './lib/proc'
import type { BenchServer } from './lib/servers'
import { median, sleep } from './lib/stats'

export interface MemoryResult {
  readonly docs: number
  readonly rssBefore: number
  readonly rssAfter: number
  readonly perDoc: number
}

/** Median of a few RSS samples after a pause, so a sample taken mid-allocation does not decide. */
async function settledRss(pid: number): Promise<number> {
  await sleep(1500)
  const samples: number[] = []
  for (let i = 0; i < 5; i++) {
    samples.push(rssBytes(pid))
    await sleep(200)
  }
  return median(samples)
}

/** A small document: one sticky note with a short text, as one edit. */
function smallEdit(doc: import('yjs').Doc, i: number): void {
  const note = doc.getMap<unknown>('notes')
  note.set(`note-${i}`, { text: `Attendance dips on Mondays (${i})`, x: i % 800, y: i % 600, color: 'yellow' })
}

export async function runMemory(server: BenchServer, count: number, warmup = 50): Promise<MemoryResult> {
  const specs = await server.docs(warmup + count)
  // warm-up documents stay open: code paths compiled and buffers allocated before the baseline
  const warm = await openSynced(specs.slice(0, warmup), 10)
  warm.forEach((c, i) => smallEdit(c.doc, i))
  const rssBefore = await settledRss(server.pid)
  const held = await openSynced(specs.slice(warmup), 20)
  held.forEach((c, i) => smallEdit(c.doc, i))
  const rssAfter = await settledRss(server.pid)
  destroyAll([...warm, ...held])
  return { docs: count, rssBefore, rssAfter, perDoc: (rssAfter - rssBefore) / count }
}
