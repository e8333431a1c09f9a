import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { rootsTouched } from '../../../server/sync/roots'

function pair() {
  const server = new Y.Doc()
  server.clientID = 1
  const client = new Y.Doc()
  client.clientID = 2
  return { server, client }
}

/** Runs `fn` on the client and returns the roots its update touches, judged against the server's state. */
function touched(server: Y.Doc, client: Y.Doc, fn: () => void): Set<string> | undefined {
  const updates: Uint8Array[] = []
  const on = (u: Uint8Array) => updates.push(u)
  client.on('update', on)
  client.transact(fn)
  client.off('update', on)
  const update = Y.mergeUpdates(updates)
  const roots = rootsTouched(server, Y.decodeUpdate(update))
  Y.applyUpdate(server, update)
  return roots
}

function synced() {
  const { server, client } = pair()
  client.transact(() => {
    const swot = client.getMap('swot')
    const item = new Y.Map<unknown>()
    item.set('text', new Y.Text('Attendance is falling'))
    swot.set('item1', item)
    client.getArray('list').push(['a', 'b'])
    client.getMap('notes').set('n', 'note')
  })
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client))
  return { server, client }
}

describe('rootsTouched', () => {
  it.each([
    ['a new key on a root map', (d: Y.Doc) => d.getMap('notes').set('x', 1), ['notes']],
    ['typing into a text nested two levels down', (d: Y.Doc) => ((d.getMap('swot').get('item1') as Y.Map<unknown>).get('text') as Y.Text).insert(0, 'Why? '), ['swot']],
    ['deleting a nested text range', (d: Y.Doc) => ((d.getMap('swot').get('item1') as Y.Map<unknown>).get('text') as Y.Text).delete(0, 5), ['swot']],
    ['appending after an existing array element', (d: Y.Doc) => d.getArray('list').push(['c']), ['list']],
    ['inserting between array elements', (d: Y.Doc) => d.getArray('list').insert(1, ['between']), ['list']],
    ['deleting a root map key', (d: Y.Doc) => d.getMap('notes').delete('n'), ['notes']],
    ['a nested map created and filled in one go', (d: Y.Doc) => {
      const m = new Y.Map<unknown>()
      d.getMap('fishbone').set('f1', m)
      m.set('head', new Y.Text('Low grade 7 math'))
    }, ['fishbone']],
    ['changes to two roots at once', (d: Y.Doc) => {
      d.getMap('notes').set('y', 2)
      d.getMap('plan').set('vision', 'All students')
    }, ['notes', 'plan']],
  ])('finds the root of %s', (_label, change, expected) => {
    const { server, client } = synced()
    expect([...(touched(server, client, () => change(client)) ?? ['unknown'])].sort()).toEqual(expected)
  })

  it('answers unknown when an update depends on content the server never saw', () => {
    const { server, client } = pair()
    const text = client.getText('story')
    text.insert(0, 'abc')
    // the server never receives the first update; the second depends on it
    expect(touched(server, client, () => text.insert(3, 'def'))).toBeUndefined()
  })
})
