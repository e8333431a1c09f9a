import { describe, expect, it } from 'vitest'
import { coveredBy, deriveStatus, wouldLoseChanges, type DocFacts } from '../../../client/src/workspace/status'

const fine: DocFacts = { connected: true, synced: true, unsaved: false, unprotected: false, everConnected: true }

describe('the connection and saving status', () => {
  it.each<[string, DocFacts[], string, string]>([
    ['says all changes are saved when every document is connected, synced and acknowledged', [fine, fine], 'connected', 'saved'],
    ['says syncing while a local change waits for the server', [fine, { ...fine, unsaved: true }], 'connected', 'syncing'],
    ['says syncing until the first sync completes', [fine, { ...fine, synced: false }], 'connected', 'syncing'],
    ['says connecting before the first connection', [{ ...fine, connected: false, everConnected: false, synced: false }], 'connecting', 'syncing'],
    ['keeps edits made offline and says so', [{ ...fine, connected: false, unsaved: true }], 'offline', 'kept-offline'],
    ['says reconnecting, never saved, when offline with nothing unsaved', [{ ...fine, connected: false }], 'offline', 'reconnecting'],
    ['says offline when one document is disconnected and the others are fine', [fine, { ...fine, connected: false }, fine], 'offline', 'reconnecting'],
    ['asks for a reload when the server refused a write', [fine, { ...fine, refused: 'the swot board is locked' }], 'offline', 'refused'],
  ])('%s', (_label, docs, connection, save) => {
    const status = deriveStatus(docs)
    expect([status.connection, status.save]).toEqual([connection, save])
  })

  it('says edits are kept in this browser when every unsaved change is stored locally', () => {
    expect(deriveStatus([{ ...fine, connected: false, unsaved: true }]).label).toBe('Offline — your edits are kept in this browser and will sync')
  })

  it('asks to keep the tab open while an offline change is not yet stored locally', () => {
    expect(deriveStatus([{ ...fine, connected: false, unsaved: true, unprotected: true }]).label).toContain('keep this tab open')
  })

  it('asks for a reload without claiming an edit was lost when access was taken away', () => {
    const status = deriveStatus([fine, { ...fine, connected: false, closed: 'you were moved to another breakout group' }])
    expect([status.save, status.label]).toEqual(['refused', 'You were moved to another breakout group. Reload to continue.'])
  })

  it('never shows a tick while a document is offline', () => {
    for (const docs of [[{ ...fine, connected: false }], [fine, { ...fine, connected: false, unsaved: true }]]) expect(deriveStatus(docs).save).not.toBe('saved')
  })

  it('warns before closing the tab only when a change is neither acknowledged nor stored locally', () => {
    expect(wouldLoseChanges([fine, { ...fine, unsaved: true }])).toBe(false)
    expect(wouldLoseChanges([fine, { ...fine, unsaved: true, unprotected: true }])).toBe(true)
  })

  it('counts a change as saved only when the server state vector covers every client clock', () => {
    expect(coveredBy(new Map([[1, 5], [2, 3]]), new Map([[1, 5], [2, 4]]))).toBe(true)
    expect(coveredBy(new Map([[1, 5], [2, 3]]), new Map([[1, 4], [2, 9]]))).toBe(false)
    expect(coveredBy(new Map([[7, 1]]), new Map())).toBe(false)
  })
})
