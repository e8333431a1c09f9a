/**
 * An in-memory stand-in for Redis pub/sub between registries in one process, delivering on a later
 * tick like a network would, with a switch to lose messages (to exercise the catch-up paths).
 */
import { ok } from '../../shared/result'
import type { DocLinkHandlers, Fanout } from '../../server/cluster/fanout'

interface Subscriber {
  readonly instanceId: string
  readonly doc: string
  readonly handlers: DocLinkHandlers
}

export interface MemoryBus {
  fanout(instanceId: string): Fanout
  /** return true to lose a message on its way to `to` */
  lose: (kind: 'update' | 'awareness', to: string, seq?: number) => boolean
  /** tell every subscriber of an instance that it may have missed messages (a reconnect) */
  reconnect(instanceId: string): void
}

export function memoryBus(): MemoryBus {
  const subscribers = new Set<Subscriber>()
  const later = (fn: () => void) => setImmediate(fn)
  const bus: MemoryBus = {
    lose: () => false,
    reconnect(instanceId) {
      for (const s of subscribers) if (s.instanceId === instanceId) later(() => s.handlers.onPossiblyMissed())
    },
    fanout(instanceId) {
      const others = (doc: string) => [...subscribers].filter((s) => s.doc === doc && s.instanceId !== instanceId)
      return {
        instanceId,
        clustered: true,
        ready: () => Promise.resolve(true),
        disconnectMember() {},
        onDisconnectMember: () => () => undefined,
        close: () => {
          for (const s of subscribers) if (s.instanceId !== instanceId) later(() => s.handlers.onInstanceGone(instanceId))
          return Promise.resolve()
        },
        link(doc, handlers) {
          const me: Subscriber = { instanceId, doc, handlers }
          subscribers.add(me)
          for (const s of others(doc)) later(() => s.handlers.onAwarenessQuery())
          return Promise.resolve(
            ok({
              publishUpdate(seq, update) {
                for (const s of others(doc)) if (!bus.lose('update', s.instanceId, seq)) later(() => s.handlers.onUpdate(seq, update))
              },
              publishAwareness(update) {
                for (const s of others(doc)) if (!bus.lose('awareness', s.instanceId)) later(() => s.handlers.onAwareness(instanceId, update))
              },
              close: () => void subscribers.delete(me),
            }),
          )
        },
      }
    },
  }
  return bus
}
