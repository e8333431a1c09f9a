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
import type * as Y from 'yjs'
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
  private boardConn: DocConnection
  /** bumped when the board document is reloaded in place (after a refused write): views remount on it */
  private boardGeneration = 0
  private refused: readonly string[] = []
  private emitted = { generation: 0, refused: this.refused }
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
    this.boardConn = this.connectBoard()
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

  get board(): DocConnection {
    return this.boardConn
  }

  get generation(): number {
    return this.boardGeneration
  }

  /** Texts this member wrote that the server refused (e.g. typed into a board just locked), to copy. */
  get refusedTexts(): readonly string[] {
    return this.refused
  }

  dismissRefused(): void {
    this.refused = []
    this.emit()
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
    for (const conn of [this.boardConn, this.control, this.published, this.mine]) conn.destroy()
    this.listeners.clear()
  }

  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!wouldLoseChanges(this.all.map((c) => c.current))) return
    event.preventDefault()
    // older browsers show the dialog only when returnValue is set
    event.returnValue = ''
  }

  /**
   * The board document; when the server refuses one of its writes (4409), only this document is
   * reloaded in place — a fresh copy from the server — and what the refused copy held that the
   * fresh one lacks is kept for the member to copy. The member stays on the same board.
   */
  private connectBoard(persist = true): DocConnection {
    const conn = this.connect({ kind: 'board' }, persist)
    let reloading = false
    this.disposers.push(
      conn.subscribe(() => {
        if (reloading || !conn.current.refused || conn !== this.boardConn) return
        reloading = true
        queueMicrotask(() => this.reloadBoard(conn))
      }),
    )
    return conn
  }

  private reloadBoard(old: DocConnection): void {
    // no local copy for the reloaded board: the refused copy's IndexedDB store is being cleared
    // (asynchronously), and reading it back would resend the refused write
    const fresh = this.connectBoard(false)
    const local = old.provider.awareness.getLocalState()
    if (local) fresh.provider.awareness.setLocalState(local)
    // swap once the fresh copy has synced, so no view ever binds to an empty document
    const done = fresh.subscribe(() => {
      if (!fresh.current.synced) return
      done()
      this.refused = [...new Set([...this.refused, ...lostTexts(old.doc, fresh.doc)])]
      this.boardConn = fresh
      this.boardGeneration++
      old.destroy()
      this.emit()
    })
  }

  private connect(doc: DocName, persist = true): DocConnection {
    const name = formatDocName(doc)
    // a group document is opened only by its members (the relay refuses anyone else)
    const groupId = doc.kind === 'group' ? doc.groupId : undefined
    const writes = accessTo({ memberId: this.me.id, role: this.me.role, groupId }, doc).write
    const conn = new DocConnection(this.syncUrl, `${this.workspaceId}/${name}`, this.token, {
      maxFrameBytes: this.options.maxFrameBytes,
      persistAs: writes && persist ? persistenceName(this.workspaceId, this.me.id, name) : undefined,
      onRefused: this.notices.report,
    })
    this.disposers.push(conn.subscribe(() => this.emit()))
    return conn
  }

  private computeStatus(): StatusView {
    return deriveStatus(this.all.map((c) => c.current))
  }

  private emit(): void {
    if (!this.boardConn) return
    const next = this.computeStatus()
    const same = this.emitted.generation === this.boardGeneration && this.emitted.refused === this.refused
    if (same && next.label === this.status?.label && next.save === this.status.save && next.connection === this.status.connection) return
    this.status = next
    this.emitted = { generation: this.boardGeneration, refused: this.refused }
    for (const l of this.listeners) l()
  }
}

/** Strings the refused copy holds that the server's copy does not: what the member would lose. */
function lostTexts(refused: Y.Doc, server: Y.Doc): string[] {
  const kept = new Set<string>()
  const lost: string[] = []
  const walk = (value: unknown, into: (s: string) => void): void => {
    if (typeof value === 'string') into(value)
    else if (Array.isArray(value)) value.forEach((v) => walk(v, into))
    else if (value && typeof value === 'object') Object.values(value).forEach((v) => walk(v, into))
  }
  // every root of the board document is a Y.Map (shared/doc/schema.ts)
  const json = (doc: Y.Doc, name: string): unknown => {
    try {
      return doc.getMap(name).toJSON()
    } catch {
      return null
    }
  }
  for (const name of server.share.keys()) walk(json(server, name), (t) => kept.add(t))
  for (const name of refused.share.keys()) walk(json(refused, name), (t) => t.trim().length > 1 && !kept.has(t) && lost.push(t))
  return lost
}
