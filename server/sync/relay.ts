/**
 * The sync endpoint `/sync/<workspace>/<document>?token=…`. Authentication and the read check run
 * at the HTTP upgrade, before any document byte is sent; a refused upgrade is answered 400/401/403.
 */
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { z } from 'zod'
import { parseRoom, roomName } from '../../shared/doc/names'
import { accessTo } from '../../shared/doc/permissions'
import type { Storage } from '../storage/types'
import { hashToken } from '../auth/tokens'
import { serveConnection, type ConnectionLimits } from './connection'
import { DocRegistry, type RegistryCluster } from './registry'
import { CLOSE } from './protocol'
import { checkLocks } from './locks'
import { controlStateOf, settledLocks } from './control-watch'
import { WorkspaceUsage, type QuotaLimits } from './quota'
import { groupOfMember } from '../../shared/domain/facilitation/control-state'
import { rootsTouched } from './roots'
import { ROOTS } from '../../shared/doc/schema'
import type { WriteGuard } from './connection'

export interface RelayOptions {
  readonly maxFrameBytes: number
  readonly limits: ConnectionLimits
  readonly compactAfter: number
  readonly unloadDelayMs: number
  /** the breakout group a member is assigned to (read from the `control` document) */
  readonly groupOf?: (workspaceId: string, memberId: string) => Promise<string | undefined>
  readonly log: (message: string, detail?: unknown) => void
  /** other instances serving the same storage (scale-out); absent for a single process */
  readonly cluster?: RegistryCluster | undefined
  /** open sockets one member may hold on this instance */
  readonly maxSocketsPerMember: number
  readonly quota: QuotaLimits
  /** members' updates arriving this soon after a lock landed still pass (they were in flight) */
  readonly lockGraceMs: number
}

const Token = z.string().min(16).max(200)

export interface Relay {
  readonly registry: DocRegistry
  /** closes a member's sockets (after a role change) so they reconnect with new permissions */
  disconnectMember(memberId: string, reason: string): void
  close(): Promise<void>
}

/** The plan a team monitors is the signed snapshot the server copied in: no member writes it. */
const monitoredPlanGuard: WriteGuard = (live, update) => {
  const roots = rootsTouched(live.doc, update.decoded)
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
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes, perMessageDeflate: false })
  const socketsByMember = new Map<string, Set<WebSocket>>()

  const refuse = (socket: Duplex, status: 400 | 401 | 403 | 404 | 429 | 500, reason: string) => {
    const text = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 500: 'Internal Server Error' }[status]
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`)
  }

  const onUpgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith('/sync/')) return refuse(socket, 404, 'not found')
    let roomText: string
    try {
      roomText = decodeURIComponent(url.pathname.slice('/sync/'.length))
    } catch {
      return refuse(socket, 400, 'malformed room name')
    }
    const room = parseRoom(roomText)
    if (!room.ok) return refuse(socket, 400, room.error)
    const token = Token.safeParse(url.searchParams.get('token'))
    if (!token.success) return refuse(socket, 401, 'a token is required')
    const found = await storage.memberByTokenHash(hashToken(token.data))
    if (!found.ok) return refuse(socket, 500, 'storage unavailable')
    const member = found.value
    if (!member) return refuse(socket, 401, 'unknown token')
    if (member.workspaceId !== room.value.workspaceId) return refuse(socket, 403, 'this token belongs to another workspace')
    if ((socketsByMember.get(member.id)?.size ?? 0) >= options.maxSocketsPerMember) {
      return refuse(socket, 429, `too many open connections (at most ${options.maxSocketsPerMember} per member)`)
    }
    const groupId = room.value.doc.kind === 'group' ? await options.groupOf?.(member.workspaceId, member.id) : undefined
    const access = accessTo({ memberId: member.id, role: member.role, groupId }, room.value.doc)
    if (!access.read) return refuse(socket, 403, 'you may not open this document')

    // Members' writes are checked against the live control document, which stays loaded while such a
    // connection is open: board locks for `board`/`whiteboard`, and the current breakout assignment for
    // `group/<id>` (a member moved to another group can no longer write the old one).
    const docName = room.value.doc
    const guarded = access.write && member.role !== 'facilitator' && ['board', 'whiteboard', 'group'].includes(docName.kind)
    const controlKey = roomName(member.workspaceId, { kind: 'control' })
    const control = guarded ? await registry.acquire(controlKey) : undefined
    if (control && !control.ok) return refuse(socket, 500, 'storage unavailable')
    const guard: WriteGuard | undefined = docName.kind === 'monitoring' ? monitoredPlanGuard : control?.ok
      ? (live, update) => {
          const state = controlStateOf(control.value)
          if (docName.kind === 'group') {
            return groupOfMember(state, member.id) === docName.groupId ? undefined : 'you are no longer in this breakout group'
          }
          const locks = settledLocks(control.value, options.lockGraceMs)
          if (locks.length === 0) return undefined
          const roots = docName.kind === 'board' ? rootsTouched(live.doc, update.decoded) : undefined
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
      if (!mine) socketsByMember.set(member.id, (mine = new Set()))
      mine.add(ws)
      // moved to another breakout group: this socket stops reading the old group's board at once
      if (docName.kind === 'group' && control?.ok) {
        const groupId = docName.groupId
        controlStateOf(control.value)
        stopWatching = control.value.onChange(() => {
          if (groupOfMember(controlStateOf(control.value), member.id) !== groupId) ws.close(CLOSE.accessRevoked, 'you were moved to another breakout group')
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
        log: options.log,
        guard,
        onClosed: releaseControl,
      })
    })
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
    disconnectMember(memberId, reason) {
      for (const ws of socketsByMember.get(memberId) ?? []) ws.close(CLOSE.policy, reason)
    },
    async close() {
      server.off('upgrade', listener)
      await registry.flushAll()
      for (const ws of wss.clients) ws.close(CLOSE.restart, 'server restarting')
      wss.close()
    },
  }
}
