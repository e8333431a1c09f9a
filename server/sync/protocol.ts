/**
 * The y-websocket wire protocol, as the stock `WebsocketProvider` speaks it. A message does not
 * name its room: the room is fixed by the connection's URL.
 */
import * as encoding from 'lib0/encoding'

export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const

export const SYNC = {
  step1: 0,
  step2: 1,
  update: 2,
} as const

/** the state vector of a client that holds nothing, and the update that carries nothing */
export const EMPTY_STATE_VECTOR: Uint8Array = new Uint8Array([0])
export const EMPTY_UPDATE: Uint8Array = new Uint8Array([0, 0])
export const isEmptyStateVector = (sv: Uint8Array): boolean => sv.length === 1 && sv[0] === 0

/** WebSocket close codes: defined once in shared/, where the client reads them too. */
export { CLOSE } from '../../shared/sync/close-codes'

export function encodeSyncMessage(kind: (typeof SYNC)[keyof typeof SYNC], payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE.sync)
  encoding.writeVarUint(e, kind)
  encoding.writeVarUint8Array(e, payload)
  return encoding.toUint8Array(e)
}

export function encodeAwarenessMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE.awareness)
  encoding.writeVarUint8Array(e, update)
  return encoding.toUint8Array(e)
}

/** An awareness update with no states: applied by a stock provider as a no-op, it resets the
 *  provider's "nothing received for 30 s" reconnect timer on documents nobody else is active in. */
export const KEEPALIVE_MESSAGE: Uint8Array = encodeAwarenessMessage(new Uint8Array([0]))

/** The provider logs this as "Permission denied to access …": how a refused write is reported. */
export function encodePermissionDenied(reason: string): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE.auth)
  encoding.writeVarUint(e, 0)
  encoding.writeVarString(e, reason)
  return encoding.toUint8Array(e)
}
