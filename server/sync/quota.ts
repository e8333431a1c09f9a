/**
 * Storage quotas per document and per workspace. A write that would pass a quota is refused with a
 * reason before it is stored or applied; nothing already stored is touched. Workspace usage is read
 * from storage once, then counted as writes happen and re-read every `refreshMs` (so other
 * instances' writes and compactions are seen within that time).
 */
import type { Storage } from '../storage/types'

export interface QuotaLimits {
  readonly docBytes: number
  readonly workspaceBytes: number
}

interface Usage {
  bytes: number
  readAt: number
}

export class WorkspaceUsage {
  private readonly usage = new Map<string, Usage>()

  constructor(
    private readonly storage: Storage,
    readonly limits: QuotaLimits,
    private readonly refreshMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * why adding `adding` bytes to a document holding `docBytes` is refused, or undefined; answered
   * at once (no promise) while the workspace's usage is fresh, which is nearly every write
   */
  refusal(docKey: string, docBytes: number, adding: number): string | undefined | Promise<string | undefined> {
    if (docBytes + adding > this.limits.docBytes) return `this document is full (${mib(this.limits.docBytes)} MiB quota)`
    const workspaceId = workspaceOf(docKey)
    const known = this.usage.get(workspaceId)
    if (known && this.now() - known.readAt < this.refreshMs) return this.workspaceRefusal(known, adding)
    return this.read(workspaceId).then((usage) => this.workspaceRefusal(usage, adding))
  }

  private workspaceRefusal(usage: Usage | undefined, adding: number): string | undefined {
    return usage && usage.bytes + adding > this.limits.workspaceBytes ? `this workspace is full (${mib(this.limits.workspaceBytes)} MiB quota)` : undefined
  }

  /** counts stored bytes (negative after a compaction) */
  add(docKey: string, delta: number): void {
    const usage = this.usage.get(workspaceOf(docKey))
    if (usage) usage.bytes = Math.max(0, usage.bytes + delta)
  }

  private async read(workspaceId: string): Promise<Usage | undefined> {
    const known = this.usage.get(workspaceId)
    if (known && this.now() - known.readAt < this.refreshMs) return known
    const stored = await this.storage.storedBytes(`${workspaceId}/`)
    // storage unavailable: the append that follows will fail and say so; do not refuse here
    if (!stored.ok) return known
    const fresh = { bytes: stored.value, readAt: this.now() }
    this.usage.set(workspaceId, fresh)
    return fresh
  }
}

const workspaceOf = (docKey: string) => docKey.slice(0, docKey.indexOf('/'))
const mib = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10
