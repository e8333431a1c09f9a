/**
 * The sync endpoint `/sync/<workspace>/<document>?ticket=…`. The Origin check, authentication (a
 * single-use ticket from the sync-ticket route, so no long-lived secret rides in a URL) and the
 * read check run at the HTTP upgrade, before any document byte is sent; a refused upgrade is
 * answered 400/401/403.
 */
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import * as z from 'zod'
import { parseRoom, roomName } from '../../shared/doc/names'
import { SAVED_ACKS } from '../../shared/sync/saved-ack'
import { FRESH_CLIENT } from '../../shared/sync/fresh-client'
import { accessTo, groupAccessLost } from '../../shared/doc/permissions'
import type { Storage } from '../storage/types'
import type { Authenticated, MemberAuth } from '../auth/member-auth'
import type { OriginCheck } from '../http/origins'
import type { ApiFailure } from '../http/errors'
import type { Result } from '../../shared/result'
import { CLOSE_FOR, type Disconnect } from './disconnect'
import { serveConnection, type ConnectionLimits } from './connection'
import { AckClock } from './ack-clock'
import { DocRegistry, type RegistryCluster } from './registry'
import { CLOSE } from './protocol'
import { checkLocks } from './locks'
import { controlStateOf, settledLocks } from './control-watch'
import { WorkspaceUsage, type QuotaLimits } from './quota'
import { groupOfMember } from '../../shared/domain/facilitation/control-state'
import { rootsTouched } from './roots'
import { ROOTS } from '../../shared/doc/schema'
import type { WriteGuard } from './connection'
import { SYNC_PATH } from '../../shared/api/routes'

export interface RelayOptions {
  readonly maxFrameBytes: number
  readonly limits: ConnectionLimits
  /** when a writer's durable writes are acknowledged (see ack-clock.ts) */
  readonly acks: { readonly delayMs: number; readonly maxDelayMs: number }
  readonly compactAfter: number
  readonly unloadDelayMs: number
  /** the breakout group a member is assigned to (read from the `control` document) */
  readonly groupOf?: (workspaceId: string, memberId: string) => Promise<string | undefined>
  /** true once the last breakout round has ended (other groups' boards become readable) */
  readonly roundEnded?: (workspaceId: string) => Promise<boolean>
  readonly log: (message: string, detail?: unknown) => void
  /** other instances serving the same storage (scale-out); absent for a single process */
  readonly cluster?: RegistryCluster | undefined
  readonly auth: MemberAuth
  readonly originCheck: OriginCheck
  /** also accept `?token=` (non-browser tools only; off by default) */
  readonly acceptUrlTokens?: boolean
  /** open sockets one member may hold on this instance */
  readonly maxSocketsPerMember: number
  readonly quota: QuotaLimits
  /** members' updates arriving this soon after a lock landed still pass (they were in flight) */
  readonly lockGraceMs: number
}

const Secret = z.string().min(16).max(200)

export interface Relay {
  readonly registry: DocRegistry
  /** closes a member's sockets here: role changed (they reconnect), removed or signed out (they stay away) */
  disconnect(d: Disconnect): void
  close(): Promise<void>
}

/** The plan a team monitors is the signed snapshot the server copied in: no member writes it. */
const monitoredPlanGuard: WriteGuard = (live, update) => {
  const decoded = update.decoded
  const roots = decoded && rootsTouched(live.doc, decoded)
  return roots === undefined || roots.has(ROOTS.monitoring.plan) ? 'the plan being monitored is the signed version: it is set by the server' : undefined
}

export function attachRelay(server: Server, storage: Storage, options: RelayOptions): Relay {
  const registry = new DocRegistry(storage, {
    compactAfter: options.compactAfter,
    log: options.log,
    unloadDelayMs: options.unloadDelayMs,
    cluster: options.cluster,
    usage: new WorkspaceUsage(storage, options.quota),
  })
  const acks = new AckClock(options.acks.delayMs, options.acks.maxDelayMs)
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes, perMessageDeflate: false })
  /** open sockets per member, with the device sign-in each was opened with */
  const socketsByMember = new Map<string, Map<WebSocket, string>>()

  const refuse = (socket: Duplex, status: 400 | 401 | 403 | 404 | 429 | 500, reason: string) => {
    const text = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 500: 'Internal Server Error' }[status]
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`)
  }

  const onUpgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(`${SYNC_PATH}/`)) return refuse(socket, 404, 'not found')
    let roomText: string
    try {
      roomText = decodeURIComponent(url.pathname.slice(SYNC_PATH.length + 1))
    } catch {
      return refuse(socket, 400, 'malformed room name')
    }
    const room = parseRoom(roomText)
    if (!room.ok) return refuse(socket, 400, room.error)
    const origin = options.originCheck(req)
    if (!origin.ok) {
      options.log('refused upgrade from origin', origin.origin.slice(0, 100))
      return refuse(socket, 403, 'connections from this origin are not allowed')
    }
    const who = await authenticateUpgrade(url, room.value.workspaceId)
    if (!who.ok) return refuse(socket, who.error.kind === 'unavailable' ? 500 : who.error.kind === 'forbidden' ? 403 : 401, who.error.message)
    const { member, tokenHash } = who.value
    if ((socketsByMember.get(member.id)?.size ?? 0) >= options.maxSocketsPerMember) {
      return refuse(socket, 429, `too many open connections (at most ${options.maxSocketsPerMember} per member)`)
    }
    const groupId = room.value.doc.kind === 'group' ? await options.groupOf?.(member.workspaceId, member.id) : undefined
    const roundEnded = room.value.doc.kind === 'group' ? await options.roundEnded?.(member.workspaceId) : undefined
    const access = accessTo({ memberId: member.id, role: member.role, groupId, roundEnded }, room.value.doc)
    if (!access.read) return refuse(socket, 403, 'you may not open this document')

    // Members' writes are checked against the live control document, which stays loaded while such a
    // connection is open: board locks for `board`/`whiteboard`, and the current breakout assignment for
    // `group/<id>` (a member moved to another group can no longer write the old one).
    const docName = room.value.doc
    const guarded = access.write && member.role !== 'facilitator' && ['board', 'whiteboard', 'group'].includes(docName.kind)
    // a participant's right to read a group's board follows the control document too (assignment, gallery walk)
    const watched = docName.kind === 'group' && member.role === 'participant'
    const controlKey = roomName(member.workspaceId, { kind: 'control' })
    const control = guarded || watched ? await registry.acquire(controlKey) : undefined
    if (control && !control.ok) return refuse(socket, 500, 'storage unavailable')
    const guard: WriteGuard | undefined = docName.kind === 'monitoring' ? monitoredPlanGuard : control?.ok
      ? (live, update) => {
          const state = controlStateOf(control.value)
          if (docName.kind === 'group') {
            return groupOfMember(state, member.id) === docName.groupId ? undefined : 'you are no longer in this breakout group'
          }
          const locks = settledLocks(control.value, options.lockGraceMs)
          if (locks.length === 0) return undefined
          // decoded only now, with a lock in force; undecodable bytes count as touching everything
          const decoded = docName.kind === 'board' ? update.decoded : undefined
          const roots = decoded && rootsTouched(live.doc, decoded)
          const verdict = checkLocks(docName, locks, roots)
          return verdict.locked ? `the ${verdict.board} board is locked for review by the facilitator` : undefined
        }
      : undefined
    let stopWatching = () => {}
    const releaseControl = () => {
      stopWatching()
      if (control?.ok) registry.release(controlKey)
    }
    if (socket.destroyed) return void releaseControl()

    wss.handleUpgrade(req, socket, head, (ws) => {
      let mine = socketsByMember.get(member.id)
      if (!mine) socketsByMember.set(member.id, (mine = new Map()))
      mine.set(ws, tokenHash)
      // moved to another group, or a new round ends the gallery walk: this socket stops reading at once
      if (watched && control?.ok) {
        controlStateOf(control.value)
        stopWatching = control.value.onChange(() => {
          const reason = groupAccessLost(controlStateOf(control.value), member.id, docName, access)
          if (reason) ws.close(CLOSE.accessRevoked, reason)
        })
      }
      ws.on('close', () => {
        mine.delete(ws)
        if (mine.size === 0) socketsByMember.delete(member.id)
      })
      serveConnection(ws, {
        member,
        access,
        docKey: roomName(room.value.workspaceId, room.value.doc),
        registry,
        limits: options.limits,
        acks,
        savedAcks: url.searchParams.get(SAVED_ACKS.param) === SAVED_ACKS.value,
        holdsNothing: url.searchParams.get(FRESH_CLIENT.param) === FRESH_CLIENT.value,
        log: options.log,
        guard,
        onClosed: releaseControl,
      })
    })
  }

  const authenticateUpgrade = async (url: URL, workspaceId: string): Promise<Result<Authenticated, ApiFailure>> => {
    const ticket = Secret.safeParse(url.searchParams.get('ticket'))
    if (ticket.success) return options.auth.redeemTicket(ticket.data, workspaceId)
    const token = Secret.safeParse(url.searchParams.get('token'))
    if (options.acceptUrlTokens && token.success) return options.auth.byToken(token.data, workspaceId)
    return { ok: false, error: { kind: 'unauthorized', message: 'a sync ticket is required (POST the sync-ticket route first)' } }
  }

  const listener = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    onUpgrade(req, socket, head).catch((e: unknown) => {
      options.log('upgrade failed', e)
      refuse(socket, 500, 'internal error')
    })
  }
  server.on('upgrade', listener)

  return {
    registry,
    disconnect(d) {
      const { code, reason } = CLOSE_FOR[d.kind]
      for (const [ws, tokenHash] of socketsByMember.get(d.memberId) ?? []) {
        if (d.kind !== 'signed-out' || tokenHash === d.tokenHash) ws.close(code, reason)
      }
    },
    async close() {
      server.off('upgrade', listener)
      await registry.flushAll()
      for (const ws of wss.clients) ws.close(CLOSE.restart, 'server restarting')
      wss.close()
      acks.stop()
    },
  }
}
