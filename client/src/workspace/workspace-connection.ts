/**
 * All of a workspace's documents for one member: `board`, `control`, `published` and the member's
 * own `private/<id>` open at once; heavier ones (`whiteboard`, breakout `group/<id>`) open on demand
 * and close when the last view lets go. Presence rides on the board document's awareness.
 * Documents the member may write are also kept in IndexedDB; closing the tab warns only when a
 * change is neither acknowledged by the server nor stored there.
 */
import type { MemberRole } from '../../../shared/auth/roles'
import type { DocName } from '../../../shared/doc/names'
import { formatDocName } from '../../../shared/doc/names'
import { accessTo } from '../../../shared/doc/permissions'
import { DocConnection } from './doc-connection'
import { persistenceName } from './local-persistence'
import { Notices } from './notices'
import { deriveStatus, wouldLoseChanges, type StatusView } from './status'
import { SYNC_PATH } from '../../../shared/api/routes'

export interface PresenceUser {
  readonly id: string
  readonly name: string
  readonly color: string
  readonly role: MemberRole
  readonly stakeholderRole: string
}

export interface WorkspaceConnectionOptions {
  /** the relay's frame limit from GET /api/config */
  readonly maxFrameBytes?: number | undefined
}

export function syncUrlFor(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${SYNC_PATH}`
}

export class WorkspaceConnection {
  readonly board: DocConnection
  readonly control: DocConnection
  readonly published: DocConnection
  readonly mine: DocConnection
  /** local refusals (an edit too large to share) for the person to read */
  readonly notices = new Notices()
  private readonly extra = new Map<string, { conn: DocConnection; refs: number }>()
  private readonly listeners = new Set<() => void>()
  private status: StatusView
  private readonly disposers: (() => void)[] = []

  constructor(
    private readonly syncUrl: string,
    readonly workspaceId: string,
    private readonly token: string,
    readonly me: PresenceUser,
    private readonly options: WorkspaceConnectionOptions = {},
  ) {
    this.board = this.connect({ kind: 'board' })
    this.control = this.connect({ kind: 'control' })
    this.published = this.connect({ kind: 'published' })
    this.mine = this.connect({ kind: 'private', memberId: me.id })
    this.status = this.computeStatus()
    this.board.provider.awareness.setLocalState({ user: me, activity: 'active' })
    if (typeof window !== 'undefined') {
      window.addEventListener('beforeunload', this.onBeforeUnload)
      this.disposers.push(() => window.removeEventListener('beforeunload', this.onBeforeUnload))
    }
  }

  /** every document open now (core and on-demand) */
  get all(): readonly DocConnection[] {
    return [this.board, this.control, this.published, this.mine, ...[...this.extra.values()].map((e) => e.conn)]
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

  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!wouldLoseChanges(this.all.map((c) => c.current))) return
    event.preventDefault()
    // older browsers show the dialog only when returnValue is set
    event.returnValue = ''
  }

  private connect(doc: DocName): DocConnection {
    const name = formatDocName(doc)
    // a group document is opened only by its members (the relay refuses anyone else)
    const groupId = doc.kind === 'group' ? doc.groupId : undefined
    const writes = accessTo({ memberId: this.me.id, role: this.me.role, groupId }, doc).write
    const conn = new DocConnection(this.syncUrl, `${this.workspaceId}/${name}`, this.token, {
      maxFrameBytes: this.options.maxFrameBytes,
      persistAs: writes ? persistenceName(this.workspaceId, this.me.id, name) : undefined,
      onRefused: this.notices.report,
    })
    this.disposers.push(conn.subscribe(() => this.emit()))
    return conn
  }

  private computeStatus(): StatusView {
    return deriveStatus(this.all.map((c) => c.current))
  }

  private emit(): void {
    if (!this.board) return
    const next = this.computeStatus()
    if (next.label === this.status?.label && next.save === this.status.save && next.connection === this.status.connection) return
    this.status = next
    for (const l of this.listeners) l()
  }
}
