/**
 * Which top-level roots an update touches, so the relay can refuse writes to a locked board —
 * judged only by what it changes relative to the live document: items it newly adds, and items it
 * newly deletes. Structs the document already holds and deletions of items already deleted count
 * for nothing (a sync step 2 or an ordinary update carries the whole delete set, old deletions
 * included). An inserted item names its parent (a root, or a parent item) or inherits it from a
 * neighbour. Anything unresolvable answers `undefined` ("unknown"), treated as touching everything.
 */
import * as Y from 'yjs'

type Struct = Y.Item | Y.GC | Y.Skip
interface Decoded {
  readonly structs: readonly Struct[]
  readonly ds: { readonly clients: Map<number, readonly { clock: number; len: number }[]> }
}
interface Id {
  readonly client: number
  readonly clock: number
}

/** Binary search over structs of one client sorted by clock. */
function findIn(structs: readonly Struct[] | undefined, clock: number): Struct | undefined {
  if (!structs || structs.length === 0) return undefined
  let lo = 0
  let hi = structs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = structs[mid]!
    if (clock < s.id.clock) hi = mid - 1
    else if (clock >= s.id.clock + s.length) lo = mid + 1
    else return s
  }
  return undefined
}

function rootNameOf(doc: Y.Doc, type: Y.AbstractType<unknown>): string | undefined {
  let t = type
  while (t._item) {
    const parent = t._item.parent
    if (!(parent instanceof Y.AbstractType)) return undefined
    t = parent
  }
  for (const [name, value] of doc.share) if (value === t) return name
  return undefined
}

export function rootsTouched(doc: Y.Doc, update: Decoded): Set<string> | undefined {
  const store = (doc.store as unknown as { clients: Map<number, Struct[]> }).clients
  const incoming = new Map<number, Struct[]>()
  for (const s of update.structs) {
    const list = incoming.get(s.id.client) ?? []
    list.push(s)
    incoming.set(s.id.client, list)
  }
  for (const list of incoming.values()) list.sort((a, b) => a.id.clock - b.id.clock)

  const resolved = new Map<Struct, string | undefined>()
  const rootOfId = (id: Id, depth: number): string | undefined => {
    const existing = findIn(store.get(id.client), id.clock)
    if (existing instanceof Y.Item && existing.parent instanceof Y.AbstractType) return rootNameOf(doc, existing.parent)
    const fresh = findIn(incoming.get(id.client), id.clock)
    return fresh instanceof Y.Item ? rootOfNew(fresh, depth + 1) : undefined
  }
  const rootOfNew = (item: Y.Item, depth: number): string | undefined => {
    if (depth > 10_000) return undefined
    if (resolved.has(item)) return resolved.get(item)
    const parent: unknown = item.parent
    let root: string | undefined
    if (typeof parent === 'string') root = parent
    else if (parent && typeof parent === 'object' && 'client' in parent) root = rootOfParentType(parent as Id, depth)
    else {
      const sibling = item.origin ?? item.rightOrigin
      root = sibling ? rootOfId(sibling, depth) : undefined
    }
    resolved.set(item, root)
    return root
  }
  /** the parent is a type whose item is `id`; its root is the root that item lives in */
  const rootOfParentType = (id: Id, depth: number): string | undefined => rootOfId(id, depth)

  const known = (client: number) => {
    const list = store.get(client)
    const last = list?.[list.length - 1]
    return last ? last.id.clock + last.length : 0
  }
  const roots = new Set<string>()
  for (const s of update.structs) {
    if (!(s instanceof Y.Item)) continue
    if (s.id.clock + s.length <= known(s.id.client)) continue // already in the document
    const root = rootOfNew(s, 0)
    if (root === undefined) return undefined
    roots.add(root)
  }
  for (const [client, ranges] of update.ds.clients) {
    for (const { clock, len } of ranges) {
      for (let c = clock; c < clock + len; ) {
        const existing = findIn(store.get(client), c)
        const s = existing ?? findIn(incoming.get(client), c)
        if (!s) return undefined
        // deleting what is already deleted (or collected) changes nothing
        const alreadyDeleted = existing !== undefined && (!(existing instanceof Y.Item) || existing.deleted)
        if (s instanceof Y.Item && !alreadyDeleted) {
          const root = s.parent instanceof Y.AbstractType ? rootNameOf(doc, s.parent) : rootOfNew(s, 0)
          if (root === undefined) return undefined
          roots.add(root)
        }
        c = s.id.clock + s.length
      }
    }
  }
  return roots
}
