/**
 * Whiteboard presence over Yjs awareness: our tldraw presence goes out (throttled) in the awareness
 * field `presence`; each peer's comes in as an `instance_presence` record, so tldraw draws their
 * cursor and name, and leaves when they do. Touches no other awareness field.
 */
import {
  InstancePresenceRecordType,
  createPresenceStateDerivation,
  react,
  unsafe__withoutCapture,
  type Signal,
  type TLInstancePresence,
  type TLPresenceUserInfo,
  type TLStore,
} from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import { throttle } from './throttle'

export const PRESENCE_FIELD = 'presence'

export interface PresenceOptions {
  /** at most one awareness update per window; each one is broadcast to every peer */
  readonly throttleMs?: number
}

interface AwarenessChange {
  readonly added: readonly number[]
  readonly updated: readonly number[]
  readonly removed: readonly number[]
}

export function presenceIdOf(clientId: number): TLInstancePresence['id'] {
  return InstancePresenceRecordType.createId(String(clientId))
}

/**
 * A peer's awareness state as a presence record, or null. The id is ours to assign (from the
 * Yjs client id), so a peer cannot overwrite someone else's cursor.
 */
export function parsePresence(clientId: number, state: unknown): TLInstancePresence | null {
  if (typeof state !== 'object' || state === null) return null
  const raw: unknown = Reflect.get(state, PRESENCE_FIELD)
  if (typeof raw !== 'object' || raw === null) return null
  try {
    return InstancePresenceRecordType.validate({ ...raw, id: presenceIdOf(clientId) })
  } catch {
    return null
  }
}

export function bindPresence(
  store: TLStore,
  awareness: Awareness,
  $user: Signal<TLPresenceUserInfo>,
  { throttleMs = 50 }: PresenceOptions = {},
): () => void {
  const $presence = createPresenceStateDerivation($user, presenceIdOf(awareness.clientID))(store)
  const publish = throttle(() => awareness.setLocalStateField(PRESENCE_FIELD, $presence.get()), throttleMs)
  const stopPublishing = react('whiteboard presence to awareness', () => {
    $presence.get()
    // publishing notifies peers synchronously (in tests, and on a local provider); what their
    // handlers read must not become a dependency of this effect
    unsafe__withoutCapture(() => publish.call())
  })

  /** presence records this binding put in the store, so it removes exactly those */
  const shown = new Set<TLInstancePresence['id']>()
  const follow = (clientIds: Iterable<number>) => {
    const states = awareness.getStates()
    const toPut: TLInstancePresence[] = []
    const toRemove: TLInstancePresence['id'][] = []
    for (const clientId of clientIds) {
      if (clientId === awareness.clientID) continue
      const presence = parsePresence(clientId, states.get(clientId))
      const id = presenceIdOf(clientId)
      if (presence) {
        toPut.push(presence)
        shown.add(id)
      } else if (shown.delete(id)) {
        // left, or moved to another view and cleared their presence
        toRemove.push(id)
      }
    }
    if (toPut.length === 0 && toRemove.length === 0) return
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove)
      if (toPut.length > 0) store.put(toPut)
    })
  }
  const onChange = ({ added, updated, removed }: AwarenessChange) => follow([...added, ...updated, ...removed])
  awareness.on('change', onChange)
  follow(awareness.getStates().keys())

  return () => {
    stopPublishing()
    publish.cancel()
    awareness.off('change', onChange)
    // the provider outlives this view: peers should stop drawing our cursor now, not on timeout
    awareness.setLocalStateField(PRESENCE_FIELD, null)
    const ids = [...shown]
    shown.clear()
    if (ids.length > 0) store.mergeRemoteChanges(() => store.remove(ids))
  }
}
