/**
 * The "saved" acknowledgement on the wire, tried with raw clients: one that asks for SAVED_MESSAGEs
 * on its URL gets them (and nothing it would have to answer), any other gets the sync step 1 a
 * stock provider understands.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import { threeMembers } from '../../helpers/api'
import { startTestServer, type TestServer } from '../../helpers/server'
import { rawConnect, type RawClient } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { encodeSyncMessage, MESSAGE, SYNC } from '../../../server/sync/protocol'
import { SAVED_ACKS, SAVED_MESSAGE } from '../../../shared/sync/saved-ack'

const CLIENT = 4242

/** the state vector a message carries, if it is a sync step 1 or a SAVED_MESSAGE */
function vectorOf(message: Uint8Array): { kind: 'step1' | 'saved'; clock: number } | undefined {
  const d = decoding.createDecoder(message)
  const type = decoding.readVarUint(d)
  if (type === MESSAGE.sync && decoding.readVarUint(d) !== SYNC.step1) return undefined
  if (type !== MESSAGE.sync && type !== SAVED_MESSAGE) return undefined
  const vector = Y.decodeStateVector(decoding.readVarUint8Array(d))
  return { kind: type === SAVED_MESSAGE ? 'saved' : 'step1', clock: vector.get(CLIENT) ?? 0 }
}

describe('the saved acknowledgement', () => {
  let server: TestServer
  const sockets: RawClient[] = []
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.ws.close()
    await server.stop()
  })

  async function writer(askForSaved: boolean): Promise<{ raw: RawClient; written: number }> {
    server = await startTestServer()
    const { workspaceId, participant } = await threeMembers(server.url)
    const params: Record<string, string> = askForSaved ? { [SAVED_ACKS.param]: SAVED_ACKS.value } : {}
    const raw = await rawConnect(server.url, `${workspaceId}/board`, { token: participant.memberToken, params })
    sockets.push(raw)
    const doc = new Y.Doc()
    doc.clientID = CLIENT
    doc.on('update', (update: Uint8Array) => raw.ws.send(encodeSyncMessage(SYNC.update, update)))
    doc.getMap('notes').set('a', 1)
    doc.getMap('notes').set('b', 2)
    return { raw, written: Y.getState(doc.store, CLIENT) }
  }

  it('tells a client that asked for it with a SAVED_MESSAGE, which needs no answer, once its writes are durable', async () => {
    const { raw, written } = await writer(true)
    await waitFor(() => raw.messages.map(vectorOf).some((v) => v?.kind === 'saved' && v.clock === written), 'a saved message covering both writes')
    // the only sync step 1 is the one every connection opens with (it holds nothing of this writer yet)
    expect(raw.messages.map(vectorOf).filter((v) => v?.kind === 'step1')).toEqual([{ kind: 'step1', clock: 0 }])
  })

  it('tells any other client with a sync step 1, as a stock provider expects', async () => {
    const { raw, written } = await writer(false)
    await waitFor(() => raw.messages.map(vectorOf).some((v) => v?.kind === 'step1' && v.clock === written), 'a sync step 1 covering both writes')
    expect(raw.messages.map(vectorOf).some((v) => v?.kind === 'saved')).toBe(false)
  })
})
