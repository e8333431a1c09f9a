/**
 * WAL checkpoints on a worker thread, off the event loop that relays every live session.
 *
 * SQLite in WAL mode copies the log back into the database file every 1,000 pages by default, on
 * the connection that just committed: here the event loop, which then waits for two fsyncs. Under
 * load that was a stall of 5–45 ms every fraction of a second, and every keystroke's relay queued
 * behind it (bench/RESULTS.md, ninth session). Now the main connection's automatic checkpoint is
 * only a backstop (BACKSTOP_PAGES), and a second connection on a worker thread runs a PASSIVE
 * checkpoint — one that never waits for, nor blocks, the writer — after about as many commits as
 * SQLite's default would have waited for, or a few seconds after a quieter write. So the pages
 * copied and the fsyncs are about what they were; only the thread that waits for them changed.
 *
 * Durability does not change: a commit is in the WAL when its append resolves, exactly as before
 * (`synchronous` is the main connection's); a checkpoint only moves committed pages into the file.
 * The worker starts on the first write and ends after a quiet spell, so an idle server holds no
 * extra thread. A worker that cannot start or dies hands checkpointing back to the main
 * connection's default, and says so in the log.
 */
import type { Database } from 'better-sqlite3'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** the main connection's own checkpoint while the worker keeps up: a WAL of ~40 MB (4 KiB pages) */
export const BACKSTOP_PAGES = 10_000
/** SQLite's default, restored when the worker is unavailable */
export const DEFAULT_AUTOCHECKPOINT_PAGES = 1_000

export interface CheckpointOptions {
  /** a checkpoint runs at the latest this long after the first write since the last one */
  readonly intervalMs?: number
  /** …or as soon as this many commits wait for one (each commit adds at least one page to the WAL) */
  readonly afterCommits?: number
  /** the worker ends after this long without a write */
  readonly idleMs?: number
  /** better-sqlite3's entry point, resolved from here unless given */
  readonly driver?: string
  readonly log?: (message: string, detail?: unknown) => void
}

/** what `PRAGMA wal_checkpoint(PASSIVE)` answered: frames in the WAL, frames now in the database file */
export interface CheckpointResult {
  readonly busy: number
  readonly log: number
  readonly checkpointed: number
}

export interface WalCheckpointer {
  /** something was committed: a checkpoint follows within `intervalMs` */
  wrote(): void
  /** resolves once nothing written is waiting for a checkpoint (tests, shutdown) */
  settled(): Promise<void>
  /** the last checkpoint's answer, if one ran */
  readonly last: CheckpointResult | undefined
  /** whether the worker thread is running now */
  readonly running: boolean
  /** ends the worker, its connection closed first (so the main connection's close can remove the WAL) */
  close(): Promise<void>
}

type Reply = { readonly ok: true; readonly result: CheckpointResult } | { readonly ok: false; readonly message: string }

/** The worker's whole program: one connection, one checkpoint per request, closed on 'close'. */
const WORKER = `const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file, { fileMustExist: true })
parentPort.on('message', (kind) => {
  if (kind === 'close') { db.close(); parentPort.close(); return }
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)')
    parentPort.postMessage({ ok: true, result: row })
  } catch (e) {
    parentPort.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) })
  }
})`

export function walCheckpointer(db: Database, file: string, options: CheckpointOptions = {}): WalCheckpointer {
  const intervalMs = options.intervalMs ?? 5_000
  const afterCommits = options.afterCommits ?? DEFAULT_AUTOCHECKPOINT_PAGES
  const idleMs = options.idleMs ?? 60_000
  const driver = options.driver ?? createRequire(import.meta.url).resolve('better-sqlite3')
  const log = options.log ?? (() => {})
  let worker: Worker | undefined
  /** the worker failed: the main connection checkpoints by itself from then on */
  let disabled = false
  let dirty = false
  /** commits since the last checkpoint began */
  let commits = 0
  let inFlight = false
  let closed = false
  let timer: NodeJS.Timeout | undefined
  let idleTimer: NodeJS.Timeout | undefined
  let last: CheckpointResult | undefined
  let waiters: (() => void)[] = []

  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`)

  const settle = () => {
    if (dirty || inFlight || timer) return
    const ready = waiters
    waiters = []
    for (const resolve of ready) resolve()
  }

  const giveUp = (why: string, detail?: unknown) => {
    if (disabled) return
    disabled = true
    log(`WAL checkpoints go back to the main connection: ${why}`, detail)
    if (db.open) db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`)
    worker = undefined
    inFlight = false
    dirty = false
    clearTimeout(timer)
    timer = undefined
    settle()
  }

  const start = (): Worker => {
    const w = new Worker(WORKER, { eval: true, workerData: { driver, file } })
    w.unref()
    w.on('message', (reply: Reply) => {
      inFlight = false
      if (reply.ok) last = reply.result
      else log('a WAL checkpoint failed; the next write retries it', reply.message)
      schedule()
      settle()
    })
    w.on('error', (e) => giveUp('the checkpoint worker failed', e.message))
    w.on('exit', () => {
      if (worker === w && !closed) giveUp('the checkpoint worker exited')
    })
    return w
  }

  const run = () => {
    timer = undefined
    if (closed || disabled || !dirty || inFlight) return settle()
    dirty = false
    commits = 0
    inFlight = true
    worker ??= start()
    worker.postMessage('checkpoint')
  }

  const schedule = () => {
    if (!dirty || inFlight || closed || disabled) return
    if (commits >= afterCommits) {
      clearTimeout(timer)
      return run()
    }
    if (timer) return
    timer = setTimeout(run, intervalMs)
    timer.unref()
  }

  const stopWhenQuiet = () => {
    clearTimeout(idleTimer)
    idleTimer = setTimeout(() => {
      if (dirty || inFlight || !worker) return
      void stop()
    }, idleMs)
    idleTimer.unref()
  }

  const stop = async () => {
    const w = worker
    worker = undefined
    if (!w) return
    const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()))
    w.postMessage('close')
    await exited
  }

  return {
    wrote() {
      if (closed || disabled) return
      dirty = true
      commits++
      schedule()
      stopWhenQuiet()
    },
    settled: () => new Promise<void>((resolve) => {
      waiters.push(resolve)
      settle()
    }),
    get last() {
      return last
    },
    get running() {
      return worker !== undefined
    },
    async close() {
      closed = true
      clearTimeout(timer)
      clearTimeout(idleTimer)
      timer = undefined
      dirty = false
      await stop()
      inFlight = false
      settle()
    },
  }
}
