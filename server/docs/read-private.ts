/**
 * Reads each member's private document for a facilitator action (reveal, progress, tallies). A
 * document that cannot be read (its storage failing, a build that fails) is skipped, named, and
 * logged loudly: the action still works for everyone else instead of failing the whole workspace.
 */
import type * as Y from 'yjs'
import type { MemberRow } from '../storage/types'
import type { ServerDocs } from './server-docs'

export interface SkippedMember {
  readonly memberId: string
  readonly displayName: string
  readonly reason: string
}

export interface PrivateReads<T> {
  readonly values: ReadonlyMap<string, T>
  readonly skipped: readonly SkippedMember[]
}

export async function readEachPrivate<T>(
  docs: ServerDocs,
  workspaceId: string,
  members: readonly Pick<MemberRow, 'id' | 'displayName'>[],
  fn: (doc: Y.Doc) => T,
  log: (message: string, detail?: unknown) => void = console.warn,
): Promise<PrivateReads<T>> {
  const values = new Map<string, T>()
  const skipped: SkippedMember[] = []
  for (const m of members) {
    const read = await docs.read(workspaceId, { kind: 'private', memberId: m.id }, fn)
    if (read.ok) values.set(m.id, read.value)
    else {
      log(`[rootwork] SKIPPED the private document of ${m.displayName} (${m.id}) in ${workspaceId}: ${read.error.message}`)
      skipped.push({ memberId: m.id, displayName: m.displayName, reason: read.error.kind === 'corrupt' ? 'unreadable' : 'storage unavailable' })
    }
  }
  return { values, skipped }
}
