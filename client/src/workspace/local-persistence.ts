/**
 * Edits survive a reload: each document a member can write is kept in this browser's IndexedDB
 * (y-indexeddb), under a name per workspace + member + document, and merged with the server's copy
 * on the next connect (Yjs merges in any order). `persisted` turns true once every local change
 * so far is committed to IndexedDB: a later readonly transaction on the same store completes only
 * after the write y-indexeddb started for the change. Leaving a workspace deletes its databases;
 * a write the server refuses deletes that document's copy, so a reload does not bring it back.
 */
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb'
import type * as Y from 'yjs'

const PREFIX = 'rootwork'

export function persistenceName(workspaceId: string, memberId: string, docName: string): string {
  return `${PREFIX}/${workspaceId}/${memberId}/${docName}`
}

export class LocalCopy {
  private readonly persistence: IndexeddbPersistence
  private written = 0
  private committed = 0
  private closed = false

  constructor(
    name: string,
    doc: Y.Doc,
    private readonly onChange: () => void,
  ) {
    // constructed before any other update listener, so its write is queued before our check
    this.persistence = new IndexeddbPersistence(name, doc)
    doc.on('update', this.onUpdate)
  }

  /** true when IndexedDB holds every change made so far */
  get persisted(): boolean {
    return this.committed === this.written
  }

  /** resolves once the stored copy has been merged into the document */
  get loaded(): Promise<unknown> {
    return this.persistence.whenSynced
  }

  destroy(): void {
    this.closed = true
    this.persistence.doc.off('update', this.onUpdate)
    void this.persistence.destroy()
  }

  /** Stops keeping this document and deletes the stored copy (the server refused what it holds). */
  discard(): void {
    if (this.closed) return
    this.closed = true
    this.persistence.doc.off('update', this.onUpdate)
    void this.persistence.clearData()
  }

  private onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.persistence) return
    const mark = ++this.written
    void this.persistence.whenSynced.then(() => {
      const db = this.persistence.db
      if (!db || this.closed) return
      const tx = db.transaction(['updates'], 'readonly')
      tx.oncomplete = () => {
        this.committed = Math.max(this.committed, mark)
        this.onChange()
      }
    })
  }
}

/** Deletes every document this member kept of this workspace in this browser. */
export async function forgetLocalCopies(workspaceId: string, memberId: string, knownDocs: readonly string[]): Promise<void> {
  const prefix = persistenceName(workspaceId, memberId, '')
  const names = new Set(knownDocs.map((d) => persistenceName(workspaceId, memberId, d)))
  // group documents have ids we may not know: list the databases where the browser can
  const listed = typeof indexedDB.databases === 'function' ? await indexedDB.databases().catch(() => []) : []
  for (const db of listed) if (db.name?.startsWith(prefix)) names.add(db.name)
  await Promise.all([...names].map((name) => clearDocument(name)))
}
