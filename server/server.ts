/**
 * startServer(config, storage, log, fanout) → a listening HTTP server with the API, the client and
 * the sync relay. Used by main.ts and by tests (port 0, temp storage). `close()` reports not-ready,
 * flushes documents and closes sockets with a reconnectable code; the caller closes the backends.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createApp } from './app'
import { serverDocs } from './docs/server-docs'
import { featureRoutes, setUpMemberDocs, setUpWorkspaceDocs } from './features'
import { readControl } from '../shared/doc/control'
import { groupOfMember } from '../shared/domain/facilitation/control-state'
import type { Config } from './config'
import { attachRelay, type Relay } from './sync/relay'
import type { Storage } from './storage/types'
import { localFanout, type Fanout } from './cluster/fanout'
import { readinessRoute } from './cluster/readiness'
import { assetRoutes } from './assets/routes'
import { assetStoreFor } from './assets/open'
import { openOrgs } from './orgs/feature'
import { memberAuth } from './auth/member-auth'
import { originCheck } from './http/origins'
import { memberRouteFor } from './http/member-route'
import { workspaceQueue } from './http/workspace-queue'
import { brokerStores } from './http/rate-limits'
import { decodeDisconnect, encodeDisconnect, type Disconnect } from './sync/disconnect'

export interface RunningServer {
  readonly url: string
  readonly port: number
  readonly http: Server
  readonly relay: Relay
  close(): Promise<void>
}

export type ServerConfig = Pick<
  Config,
  | 'PORT' | 'HOST' | 'PUBLIC_URL' | 'MAX_FRAME_BYTES' | 'RATE_BURST' | 'RATE_PER_SECOND'
  | 'AWARENESS_MAX_BYTES' | 'AWARENESS_MAX_DEPTH' | 'COMPACT_AFTER' | 'UNLOAD_DELAY_MS' | 'TLDRAW_LICENSE_KEY' | 'STATIC_DIR'
  | 'CATCH_UP_INTERVAL_MS' | 'KEEPALIVE_MS' | 'MAX_BUFFERED_BYTES' | 'MAX_SOCKETS_PER_MEMBER' | 'DOC_QUOTA_BYTES'
  | 'WORKSPACE_QUOTA_BYTES' | 'LOCK_GRACE_MS' | 'ASSET_MAX_BYTES' | 'ASSET_QUOTA_BYTES' | 'TOKEN_IDLE_DAYS' | 'SYNC_TICKET_SECONDS' | 'SYNC_URL_TOKENS' | 'ALLOWED_ORIGINS' | 'FRAME_ANCESTORS'
  | 'RATE_WINDOW_SECONDS' | 'RATE_CREATE_PER_IP' | 'RATE_JOIN_PER_IP' | 'RATE_JOIN_PER_INVITE' | 'RATE_PREVIEW_PER_IP'
  | 'RATE_ACTIONS_PER_TOKEN' | 'RATE_TICKETS_PER_TOKEN'
  | 'OIDC_ISSUER' | 'OIDC_CLIENT_ID' | 'OIDC_CLIENT_SECRET' | 'OIDC_ALLOWED_EMAIL_DOMAINS' | 'COACH_SESSION_HOURS'
>

export async function startServer(config: ServerConfig, storage: Storage, log = defaultLog, fanout: Fanout = localFanout()): Promise<RunningServer> {
  const http = createServer()
  let draining = false
  // the relay asks which breakout group a member is in; the answer lives in the control document
  let docs: ReturnType<typeof serverDocs> | undefined
  const groupOf = async (workspaceId: string, memberId: string) => {
    const found = await docs?.read(workspaceId, { kind: 'control' }, (doc) => groupOfMember(readControl(doc), memberId))
    return found?.ok ? found.value : undefined
  }
  const roundEnded = async (workspaceId: string) => {
    const found = await docs?.read(workspaceId, { kind: 'control' }, (doc) => readControl(doc).breakout?.active === false)
    return found?.ok === true && found.value
  }
  const now = () => new Date()
  const auth = memberAuth({ storage, now, idleMs: config.TOKEN_IDLE_DAYS * 86_400_000, ticketMs: config.SYNC_TICKET_SECONDS * 1000 })
  const origins = originCheck(config.ALLOWED_ORIGINS, config.PUBLIC_URL)
  const orgs = await openOrgs(config, storage, now, log)
  const relay = attachRelay(http, orgs.storage, {
    auth,
    originCheck: origins,
    acceptUrlTokens: config.SYNC_URL_TOKENS === 'on',
    groupOf,
    roundEnded,
    maxFrameBytes: config.MAX_FRAME_BYTES,
    compactAfter: config.COMPACT_AFTER,
    unloadDelayMs: config.UNLOAD_DELAY_MS,
    limits: {
      rateBurst: config.RATE_BURST,
      ratePerSecond: config.RATE_PER_SECOND,
      awareness: { maxStateBytes: config.AWARENESS_MAX_BYTES, maxDepth: config.AWARENESS_MAX_DEPTH, maxEntries: 64 },
      maxClientIdsPerConnection: 4,
      keepaliveMs: config.KEEPALIVE_MS,
      maxBufferedBytes: config.MAX_BUFFERED_BYTES,
    },
    // a writer is told "saved" once quiet for 300 ms, and at least every 1.5 s while it keeps writing
    acks: { delayMs: 300, maxDelayMs: 1500 },
    maxSocketsPerMember: config.MAX_SOCKETS_PER_MEMBER,
    quota: { docBytes: config.DOC_QUOTA_BYTES, workspaceBytes: config.WORKSPACE_QUOTA_BYTES },
    lockGraceMs: config.LOCK_GRACE_MS,
    log,
    cluster: { fanout, catchUpIntervalMs: config.CATCH_UP_INTERVAL_MS },
  })
  docs = serverDocs(relay.registry)
  const stopListening = fanout.onDisconnectMember((memberId, reason) => relay.disconnect(decodeDisconnect(memberId, reason)))
  const memberRoute = memberRouteFor(storage, auth)
  const serialise = workspaceQueue()
  const disconnect = (d: Disconnect) => {
    relay.disconnect(d)
    fanout.disconnectMember(d.memberId, encodeDisconnect(d)) // the member's other sockets may be on other instances
  }
  const app = createApp({
    storage,
    auth,
    memberRoute,
    originCheck: origins,
    frameAncestors: config.FRAME_ANCESTORS,
    rates: config,
    rateStores: fanout.sendCommand ? brokerStores(fanout.sendCommand) : undefined,
    log: (message) => log(message),
    onWorkspaceCreated: (workspaceId) => setUpWorkspaceDocs(docs, workspaceId),
    onMemberJoined: (workspaceId, memberId) => setUpMemberDocs(docs, workspaceId, memberId),
    extraRoutes: [
      readinessRoute({ storage, fanout, draining: () => draining }),
      ...featureRoutes({ storage, docs, relay, now, random: Math.random, memberRoute, serialise }),
      assetRoutes({ storage, auth, assets: assetStoreFor(storage), maxBytes: config.ASSET_MAX_BYTES, quotaBytes: config.ASSET_QUOTA_BYTES, now }),
      ...orgs.routes({ docs, auth, disconnect, originCheck: origins, onMemberJoined: (workspaceId, memberId) => setUpMemberDocs(docs, workspaceId, memberId) }),
    ],
    publicUrl: config.PUBLIC_URL,
    now,
    disconnect,
    clientConfig: { maxFrameBytes: config.MAX_FRAME_BYTES, assetMaxBytes: config.ASSET_MAX_BYTES, ...(config.TLDRAW_LICENSE_KEY ? { tldrawLicenseKey: config.TLDRAW_LICENSE_KEY } : {}) },
    staticDir: config.STATIC_DIR,
  })
  http.on('request', app)
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen(config.PORT, config.HOST, () => resolve())
  })
  const port = (http.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    http,
    relay,
    async close() {
      draining = true
      stopListening()
      await relay.close()
      relay.registry.stop()
      http.closeAllConnections()
      await new Promise<void>((resolve) => http.close(() => resolve()))
    },
  }
}

function defaultLog(message: string, detail?: unknown): void {
  console.warn(`[rootwork] ${message}`, detail ?? '')
}
