/** In-memory fishbones for the view's pure logic: built with the real mutations, read with the real reader. */
import * as Y from 'yjs'
import { createFishbone } from '../../../shared/doc/fishbone'
import { addCause } from '../../../shared/doc/fishbone-causes'
import { readFishbones, type Fishbone } from '../../../shared/doc/fishbone-read'

export interface Spec {
  readonly id: string
  readonly bone?: string
  readonly parent?: string
}

/** A fishbone "f" with the default bones and the given causes, added in order (text = id). */
export function fishboneWith(causes: readonly Spec[]): { doc: Y.Doc; fishbone: () => Fishbone } {
  const doc = new Y.Doc()
  doc.clientID = 1
  createFishbone(doc, { fishboneId: 'f', headText: 'Low grade 7 math', now: 1 })
  for (const c of causes) {
    const r = addCause(doc, { fishboneId: 'f', causeId: c.id, text: c.id, now: 2, ...(c.parent ? { parentId: c.parent } : { boneId: c.bone ?? 'leadership' }) })
    if (!r.ok) throw new Error(JSON.stringify(r.error))
  }
  return { doc, fishbone: () => readFishbones(doc).fishbones[0] as Fishbone }
}
