import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { InstancePresenceRecordType, TLPOINTER_ID, atom, type TLPresenceUserInfo, type TLStore } from 'tldraw'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { bindPresence, parsePresence, presenceIdOf } from '../../../client/src/views/whiteboard/presence'
import { docWithClientId, newStore } from './fixtures'

const cleanups: Array<() => void> = []
beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  vi.useRealTimers()
})

/** Awareness for a doc with a fixed client id, relaying its updates to the others like a provider. */
function peers(count: number): Awareness[] {
  const all = Array.from({ length: count }, (_, i) => new Awareness(docWithClientId(i + 1)))
  for (const from of all) {
    from.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === 'remote') return
      const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])]
      const update = encodeAwarenessUpdate(from, changed)
      for (const to of all) if (to !== from) applyAwarenessUpdate(to, update, 'remote')
    })
  }
  cleanups.push(() => all.forEach((a) => a.destroy()))
  return all
}

/** A store made usable the way the editor makes it (instance, pointer, camera present). */
function usableStore(): TLStore {
  const store = newStore()
  store.mergeRemoteChanges(() => {})
  return store
}

function join(awareness: Awareness, user: TLPresenceUserInfo): TLStore {
  const store = usableStore()
  cleanups.push(bindPresence(store, awareness, atom('user', user)))
  return store
}

const ann = { id: 'm-ann', name: 'Ann', color: '#d33' }
const bo = { id: 'm-bo', name: 'Bo', color: '#33d' }
const presences = (store: TLStore) => store.allRecords().filter((r) => r.typeName === 'instance_presence')

describe('bindPresence', () => {
  it('shows a peer who joins later as a presence record with their name and colour', () => {
    const [a, b] = peers(2) as [Awareness, Awareness]
    const storeB = join(b, bo)
    join(a, ann)
    expect(storeB.get(presenceIdOf(a.clientID))).toMatchObject({ userId: 'm-ann', userName: 'Ann', color: '#d33' })
    expect(presences(storeB)).toHaveLength(1)
  })

  it('shows peers who were there before we joined, but never ourselves', () => {
    const [a, b, c] = peers(3) as [Awareness, Awareness, Awareness]
    join(a, ann)
    join(b, bo)
    const storeC = join(c, { id: 'm-cy', name: 'Cy', color: '#3d3' })
    expect(presences(storeC).map((p) => p.id).sort()).toEqual([presenceIdOf(1), presenceIdOf(2)].sort())
  })

  it('sends cursor moves at most once per window, ending on the latest', () => {
    const [a, b] = peers(2) as [Awareness, Awareness]
    const storeA = join(a, ann)
    const storeB = join(b, bo)
    vi.advanceTimersByTime(100) // let the join's own announcement settle
    let sent = 0
    a.on('update', (_c: unknown, origin: unknown) => origin !== 'remote' && sent++)
    for (let x = 1; x <= 10; x++) storeA.update(TLPOINTER_ID, (p) => ({ ...p, x }))
    expect(sent).toBe(1)
    vi.advanceTimersByTime(50)
    expect(sent).toBe(2)
    expect(storeB.get(presenceIdOf(a.clientID))?.cursor?.x).toBe(10)
  })

  it('follows a change of name', () => {
    const [a, b] = peers(2) as [Awareness, Awareness]
    const $ann = atom<TLPresenceUserInfo>('user', ann)
    cleanups.push(bindPresence(usableStore(), a, $ann))
    const storeB = join(b, bo)
    vi.advanceTimersByTime(50)
    $ann.set({ ...ann, name: 'Ann M.' })
    vi.advanceTimersByTime(50)
    expect(storeB.get(presenceIdOf(a.clientID))?.userName).toBe('Ann M.')
  })

  it('removes the cursor of a peer who leaves the whiteboard', () => {
    const [a, b] = peers(2) as [Awareness, Awareness]
    const storeA = usableStore()
    const leave = bindPresence(storeA, a, atom('user', ann))
    const storeB = join(b, bo)
    leave()
    expect(presences(storeB)).toHaveLength(0)
    expect(a.getLocalState()?.presence).toBeNull()
  })

  it('removes the cursor of a peer who disconnects', () => {
    const [a, b] = peers(2) as [Awareness, Awareness]
    join(a, ann)
    const storeB = join(b, bo)
    a.setLocalState(null)
    expect(presences(storeB)).toHaveLength(0)
  })

  it('takes its own presence records out of the store when disposed', () => {
    const [a, b] = peers(2) as [Awareness, Awareness]
    join(a, ann)
    const storeB = usableStore()
    bindPresence(storeB, b, atom('user', bo))()
    expect(presences(storeB)).toHaveLength(0)
  })
})

describe('parsePresence', () => {
  const valid = () => {
    const store = usableStore()
    const [a] = peers(1) as [Awareness]
    cleanups.push(bindPresence(store, a, atom('user', ann)))
    return a.getLocalState()?.presence as unknown
  }

  it('gives the record the id of the client it came from, whatever id it claims', () => {
    const claimed = { ...(valid() as object), id: InstancePresenceRecordType.createId('someone-else') }
    expect(parsePresence(7, { presence: claimed })?.id).toBe(presenceIdOf(7))
  })

  it.each([
    ['no state', null],
    ['a state without presence', { user: 'x' }],
    ['a null presence', { presence: null }],
    ['a presence missing its fields', { presence: { typeName: 'instance_presence', userName: 'x' } }],
  ])('ignores %s', (_label, state) => {
    expect(parsePresence(7, state)).toBeNull()
  })
})
