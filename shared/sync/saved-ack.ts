/**
 * The "saved" acknowledgement, as both sides speak it. Once a writer's updates are durable the
 * server tells it which state it holds: its state vector. A stock provider's only way to hear that
 * is a sync step 1, and a provider answers every step 1 with a step 2 (its whole delete set, and
 * anything the server lacks), which the server then has to receive and apply for nothing — about a
 * tenth of the relay's CPU under steady typing. A client that asks for it on its socket URL
 * (`?acks=saved`) gets the acknowledgement as its own message type instead, which it reads and never
 * answers; any other client still gets the sync step 1.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** a y-websocket message type the stock protocol does not use (it has 0–3) */
export const SAVED_MESSAGE = 100

/** the socket URL parameter a client sets to be acknowledged with SAVED_MESSAGE */
export const SAVED_ACKS = { param: 'acks', value: 'saved' } as const

export function encodeSavedMessage(stateVector: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, SAVED_MESSAGE)
  encoding.writeVarUint8Array(e, stateVector)
  return encoding.toUint8Array(e)
}

/** the state vector a SAVED_MESSAGE carries, read after its type */
export const readSavedVector = (decoder: decoding.Decoder): Uint8Array => decoding.readVarUint8Array(decoder)
