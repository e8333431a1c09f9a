/**
 * How a live document hears about other instances serving it. `link()` resolves only once the
 * instance is subscribed, so a caller that links before reading storage misses nothing in between.
 * The single-process default links to nobody.
 */
import { ok, type Result } from '../../shared/result'
import type { StorageError } from '../storage/types'

/** What one document receives from other instances. */
export interface DocLinkHandlers {
  /** an update another instance appended with this seq */
  onUpdate(seq: number, update: Uint8Array): void
  /** awareness changes for clients connected to `instanceId` */
  onAwareness(instanceId: string, update: Uint8Array): void
  /** an instance that just started serving this document asks for the awareness held here */
  onAwarenessQuery(): void
  /** an instance stopped or missed its heartbeats: its clients' presence is gone */
  onInstanceGone(instanceId: string): void
  /** messages may have been missed (the connection to the broker dropped): read storage to catch up */
  onPossiblyMissed(): void
}

/** What one document tells other instances. Publishing never throws: a lost message is caught up from storage. */
export interface DocLink {
  publishUpdate(seq: number, update: Uint8Array): void
  publishAwareness(update: Uint8Array): void
  close(): void
}

export type BrokerReply = boolean | number | string | (boolean | number | string)[]

export interface Fanout {
  readonly instanceId: string
  /** true when other instances may exist (enables catch-up sweeps) */
  readonly clustered: boolean
  link(docKey: string, handlers: DocLinkHandlers): Promise<Result<DocLink, StorageError>>
  /** asks every other instance to close a member's sockets (their permissions changed) */
  disconnectMember(memberId: string, reason: string): void
  /** what to do when another instance asks that; returns the disposer */
  onDisconnectMember(handler: (memberId: string, reason: string) => void): () => void
  /** a raw command to the broker, for counters every instance shares (REST rate limits); absent when alone */
  readonly sendCommand?: (...args: string[]) => Promise<BrokerReply>
  /** the broker answers (readiness) */
  ready(): Promise<boolean>
  /** tells the others this instance is gone, then disconnects */
  close(): Promise<void>
}

const NOBODY: DocLink = { publishUpdate() {}, publishAwareness() {}, close() {} }

export function localFanout(): Fanout {
  return {
    instanceId: 'local',
    clustered: false,
    link: () => Promise.resolve(ok(NOBODY)),
    disconnectMember() {},
    onDisconnectMember: () => () => undefined,
    ready: () => Promise.resolve(true),
    close: () => Promise.resolve(),
  }
}
