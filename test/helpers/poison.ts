/**
 * Updates that decode cleanly (`Y.decodeUpdate` succeeds) but throw inside `Y.applyUpdate`, written
 * byte by byte in the Yjs v1 update format, in several shapes. Some first carry a valid insert from
 * another client, which Yjs integrates before it reaches the throwing struct (a half-applied update).
 */
import * as encoding from 'lib0/encoding'
import { seededRandom } from '../../shared/random'

const STRING = 4
const ANY = 8
const HAS_ORIGIN = 0x80
const HAS_RIGHT_ORIGIN = 0x40
const HAS_PARENT_SUB = 0x20

type Writer = (e: encoding.Encoder) => void

/** one client's run of structs starting at `clock` */
const run = (client: number, clock: number, structs: Writer[]): Writer => (e) => {
  encoding.writeVarUint(e, structs.length)
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, clock)
  for (const s of structs) s(e)
}

function update(runs: Writer[]): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, runs.length)
  for (const r of runs) r(e)
  encoding.writeVarUint(e, 0) // no deletions
  return encoding.toUint8Array(e)
}

/** a string item whose left or right neighbour names a clock of its own client not yet written */
const danglingNeighbour = (client: number, ahead: number, side: 'origin' | 'right'): Writer => (e) => {
  encoding.writeUint8(e, (side === 'origin' ? HAS_ORIGIN : HAS_RIGHT_ORIGIN) | STRING)
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, ahead)
  encoding.writeVarString(e, 'x')
}
/** a string item whose parent is an item of its own client not yet written */
const danglingParent = (client: number, ahead: number): Writer => (e) => {
  encoding.writeUint8(e, STRING)
  encoding.writeVarUint(e, 0)
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, ahead)
  encoding.writeVarString(e, 'x')
}
/** a valid `notes[key] = value` on a root map */
const rootMapSet = (root: string, key: string, value: string): Writer => (e) => {
  encoding.writeUint8(e, HAS_PARENT_SUB | ANY)
  encoding.writeVarUint(e, 1)
  encoding.writeVarString(e, root)
  encoding.writeVarString(e, key)
  encoding.writeVarUint(e, 1)
  encoding.writeAny(e, value)
}

export interface PoisonUpdate {
  readonly shape: string
  readonly update: Uint8Array
  /** a key the update would set in `notes` if it were (half-)applied */
  readonly halfKey?: string
}

/** `count` poison updates of every shape, with client ids and clocks from a seeded generator */
export function poisonUpdates(seed: number, count = 1): PoisonUpdate[] {
  const random = seededRandom(seed)
  const out: PoisonUpdate[] = []
  for (let i = 0; i < count; i++) {
    const client = 1000 + Math.floor(random() * 1_000_000)
    const ahead = 1 + Math.floor(random() * 50)
    out.push(
      { shape: 'left neighbour ahead of its own clock', update: update([run(client, 0, [danglingNeighbour(client, ahead, 'origin')])]) },
      { shape: 'right neighbour ahead of its own clock', update: update([run(client, 0, [danglingNeighbour(client, ahead, 'right')])]) },
      { shape: 'parent ahead of its own clock', update: update([run(client, 0, [danglingParent(client, ahead)])]) },
      { shape: 'left neighbour inside itself', update: update([run(client, 0, [danglingNeighbour(client, 0, 'origin')])]) },
      {
        shape: 'a valid insert, then a throwing struct (half-applied)',
        halfKey: `half-${i}`,
        // Yjs integrates the higher client id first, so the valid insert lands before the throw
        update: update([run(client + 2_000_000, 0, [rootMapSet('notes', `half-${i}`, 'should never be seen')]), run(client, 0, [danglingNeighbour(client, ahead, 'origin')])]),
      },
    )
  }
  return out
}

/** a y-websocket sync "update" message carrying `update`, as a raw client sends it */
export function syncUpdateFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 0) // sync
  encoding.writeVarUint(e, 2) // update
  encoding.writeVarUint8Array(e, update)
  return encoding.toUint8Array(e)
}
