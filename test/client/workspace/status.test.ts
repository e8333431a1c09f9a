import { describe, expect, it } from 'vitest'
import { coveredBy, deriveStatus, type DocFacts } from '../../../client/src/workspace/status'

const fine: DocFacts = { connected: true, synced: true, unsaved: false, everConnected: true }

describe('the connection and saving status', () => {
  it.each<[string, DocFacts[], string, string]>([
    ['says all changes are saved when every document is connected, synced and acknowledged', [fine, fine], 'connected', 'saved'],
    ['says syncing while a local change waits for the server', [fine, { ...fine, unsaved: true }], 'connected', 'syncing'],
    ['says syncing until the first sync completes', [fine, { ...fine, synced: false }], 'connected', 'syncing'],
    ['says connecting before the first connection', [{ ...fine, connected: false, everConnected: false, synced: false }], 'connecting', 'syncing'],
    ['keeps edits made offline and says so', [{ ...fine, connected: false, unsaved: true }], 'offline', 'kept-offline'],
    ['says reconnecting when offline with nothing unsaved', [{ ...fine, connected: false }], 'offline', 'saved'],
    ['asks for a reload when the server refused a write', [fine, { ...fine, refused: 'the swot board is locked' }], 'offline', 'refused'],
  ])('%s', (_label, docs, connection, save) => {
    const status = deriveStatus(docs)
    expect([status.connection, status.save]).toEqual([connection, save])
  })

  it('counts a change as saved only when the server state vector covers every client clock', () => {
    expect(coveredBy(new Map([[1, 5], [2, 3]]), new Map([[1, 5], [2, 4]]))).toBe(true)
    expect(coveredBy(new Map([[1, 5], [2, 3]]), new Map([[1, 4], [2, 9]]))).toBe(false)
    expect(coveredBy(new Map([[7, 1]]), new Map())).toBe(false)
  })
})
