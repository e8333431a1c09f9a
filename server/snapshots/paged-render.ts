/**
 * Word and PDF files are laid out on a worker thread, not on the event loop that relays every live
 * session: a large plan takes a few hundred milliseconds to lay out, and on the main thread every
 * board on the instance stalled that long (every keystroke's relay waited behind the export).
 *
 * One worker, started on the first such export and ended after a minute without one, so an idle
 * server holds neither the thread nor `docx`/`pdfkit`. Jobs queue in the order asked: one worker
 * keeps the other core for the relay on a small machine. A job that throws is answered with its
 * error; a worker that dies or takes longer than `timeoutMs` fails what it held and is replaced
 * on the next export.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { RenderDocument } from '../../shared/render/model'
import type { PagedFormat, RenderJob, RenderReply } from './render-worker'

export type { PagedFormat } from './render-worker'

export interface PagedRendererOptions {
  /** a worker with nothing to do this long is ended */
  readonly idleMs?: number
  /** one job taking longer than this ends its worker and fails */
  readonly timeoutMs?: number
}

interface Waiting {
  readonly resolve: (file: Buffer) => void
  readonly reject: (error: Error) => void
}

/** From source (tests, `npm run dev`) the worker is the .ts file, loaded through tsx's loader first. */
const FROM_SOURCE = `const { workerData } = require('node:worker_threads')
import('tsx/esm/api').then((tsx) => { tsx.register(); return import(workerData.entry) })`

/** The built server ships the worker as render-worker.js beside main.js. */
function startWorker(): Worker {
  const built = new URL('./render-worker.js', import.meta.url)
  if (existsSync(fileURLToPath(built))) return new Worker(built)
  return new Worker(FROM_SOURCE, { eval: true, workerData: { entry: new URL('./render-worker.ts', import.meta.url).href } })
}

export class PagedRenderer {
  private worker: Worker | undefined
  private readonly waiting = new Map<number, Waiting>()
  private nextId = 1
  private idleTimer: NodeJS.Timeout | undefined
  private jobTimer: NodeJS.Timeout | undefined
  private readonly idleMs: number
  private readonly timeoutMs: number

  constructor(options: PagedRendererOptions = {}) {
    this.idleMs = options.idleMs ?? 60_000
    this.timeoutMs = options.timeoutMs ?? 120_000
  }

  /** the file's bytes, laid out off the event loop */
  render(format: PagedFormat, doc: RenderDocument): Promise<Buffer> {
    const worker = this.worker ?? this.start()
    clearTimeout(this.idleTimer)
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      if (this.waiting.size === 1) this.armJobTimer()
      worker.postMessage({ id, format, doc } satisfies RenderJob)
    })
  }

  /** whether a worker thread is running now */
  get running(): boolean {
    return this.worker !== undefined
  }

  /** ends the worker; what it held fails */
  async close(): Promise<void> {
    const worker = this.worker
    this.stopped(new Error('the export worker was closed'))
    await worker?.terminate()
  }

  private start(): Worker {
    const worker = startWorker()
    worker.unref()
    worker.on('message', (reply: RenderReply) => this.answer(reply))
    worker.on('error', (e) => this.worker === worker && this.stopped(new Error(`the export worker failed: ${e.message}`)))
    worker.on('exit', (code) => this.worker === worker && this.stopped(new Error(`the export worker stopped (exit code ${code})`)))
    this.worker = worker
    return worker
  }

  private answer(reply: RenderReply): void {
    const waiting = this.waiting.get(reply.id)
    if (!waiting) return
    this.waiting.delete(reply.id)
    if (reply.ok) waiting.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength))
    else waiting.reject(new Error(reply.message))
    this.armJobTimer()
    if (this.waiting.size === 0) {
      this.idleTimer = setTimeout(() => void this.close(), this.idleMs)
      this.idleTimer.unref()
    }
  }

  /** the oldest job in the worker has `timeoutMs` from now (jobs run one at a time, in order) */
  private armJobTimer(): void {
    clearTimeout(this.jobTimer)
    if (this.waiting.size === 0) return
    const worker = this.worker
    this.jobTimer = setTimeout(() => {
      this.stopped(new Error(`an export took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped`))
      void worker?.terminate()
    }, this.timeoutMs)
    this.jobTimer.unref()
  }

  private stopped(error: Error): void {
    this.worker = undefined
    clearTimeout(this.idleTimer)
    clearTimeout(this.jobTimer)
    const held = [...this.waiting.values()]
    this.waiting.clear()
    for (const w of held) w.reject(error)
  }
}

/** the process's renderer: every Word and PDF export goes through it */
export const pagedRenderer = new PagedRenderer()
