/**
 * All of a workspace's documents for one member: `board`, `control`, `published` and the member's
 * own `private/<id>` open at once; heavier ones (`whiteboard`, breakout `group/<id>`) open on demand
 * and close when the last view lets go. Presence rides on the board document's awareness.
 */
import type { DocName } from '../../../shared/doc/names'
import { formatDocName } from '../../../shared/doc/names'
import { DocConnection } from './doc-connection'
import { deriveStatus, type StatusView } from './status'
import { SYNC_PATH } from '../../../shared/api/routes'

export interface PresenceUser {
  readonly id: string
  readonly name: string
  readonly color: string
  readonly role: string
  readonly stakeholderRole: string
}

export function syncUrlFor(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${SYNC_PATH}`
}

export class WorkspaceConnection {
  readonly board: DocConnection
  readonly control: DocConnection
  readonly published: DocConnection
  readonly mine: DocConnection
  private readonly extra = new Map<string, { conn: DocConnection; refs: number }>()
  private readonly listeners = new Set<() => void>()
  private status: StatusView
  private readonly disposers: (() => void)[] = []

  constructor(
    private readonly syncUrl: string,
    readonly workspaceId: string,
    private readonly token: string,
    readonly me: PresenceUser,
  ) {
    this.board = this.connect({ kind: 'board' })
    this.control = this.connect({ kind: 'control' })
    this.published = this.connect({ kind: 'published' })
    this.mine = this.connect({ kind: 'private', memberId: me.id })
    this.status = this.computeStatus()
    this.board.provider.awareness.setLocalState({ user: me, activity: 'active' })
  }

  /** Opens (or shares) an on-demand document; call the returned function to let go of it. */
  open(doc: DocName): { conn: DocConnection; release: () => void } {
    const key = formatDocName(doc)
    let entry = this.extra.get(key)
    if (!entry) {
      entry = { conn: this.connect(doc), refs: 0 }
      this.extra.set(key, entry)
      this.emit()
    }
    entry.refs++
    const held = entry
    let released = false
    return {
      conn: held.conn,
      release: () => {
        if (released) return
        released = true
        held.refs--
        if (held.refs > 0) return
        this.extra.delete(key)
        held.conn.destroy()
        this.emit()
      },
    }
  }

  get currentStatus(): StatusView {
    return this.status
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  setActivity(activity: 'active' | 'away'): void {
    this.board.provider.awareness.setLocalStateField('activity', activity)
  }

  setLocation(view: string): void {
    this.board.provider.awareness.setLocalStateField('view', view)
  }

  destroy(): void {
    for (const d of this.disposers.splice(0)) d()
    for (const { conn } of this.extra.values()) conn.destroy()
    this.extra.clear()
    for (const conn of [this.board, this.control, this.published, this.mine]) conn.destroy()
    this.listeners.clear()
  }

  private connect(doc: DocName): DocConnection {
    const conn = new DocConnection(this.syncUrl, `${this.workspaceId}/${formatDocName(doc)}`, this.token)
    this.disposers.push(conn.subscribe(() => this.emit()))
    return conn
  }

  private computeStatus(): StatusView {
    const all = [this.board, this.control, this.published, this.mine, ...[...this.extra.values()].map((e) => e.conn)]
    return deriveStatus(all.map((c) => c.current))
  }

  private emit(): void {
    if (!this.board) return
    const next = this.computeStatus()
    if (next.label === this.status?.label && next.save === this.status.save) return
    this.status = next
    for (const l of this.listeners) l()
  }
}
