import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addCause, causeText, deleteCause, moveCause, tagCause } from '../../../shared/doc/fishbone-causes'
import { readFishbones } from '../../../shared/doc/fishbone-read'
import { deleteFishbone, fishboneFromSwotItem } from '../../../shared/doc/fishbone'
import { ORIGINS } from '../../../shared/doc/origin'
import { addSwotItem, createSwotBoard } from '../../../shared/doc/swot'
import { readSwot } from '../../../shared/doc/swot-read'
import { createUndoManager } from '../../../client/src/ui/use-undo'
import { fishbones } from '../../../shared/doc/fishbone'
import { swotBoards } from '../../../shared/doc/swot'
import { whysChains } from '../../../shared/doc/whys'
import { fishboneWith } from './fixtures'

const createFishboneUndo = (doc: Y.Doc) => createUndoManager([fishbones(doc), whysChains(doc), swotBoards(doc)], { separateNonText: true })

const cause = (doc: Y.Doc) => readFishbones(doc).fishbones[0]?.causes[0]
const type = (doc: Y.Doc, text: string) => {
  const t = causeText(doc, 'f', 'c', 'text') as Y.Text
  for (const ch of text) doc.transact(() => t.insert(t.length, ch), ORIGINS.localUser)
}

describe('undo in the fishbone view', () => {
  it('undoes a quick add, type, tag, move sequence one step at a time, typing as one step', () => {
    const { doc } = fishboneWith([])
    const { manager, dispose } = createFishboneUndo(doc)
    addCause(doc, { fishboneId: 'f', causeId: 'c', boneId: 'leadership', now: 1 })
    type(doc, 'No routine')
    tagCause(doc, 'f', 'c', { kind: 'cause' })
    moveCause(doc, { fishboneId: 'f', causeId: 'c', boneId: 'talent' })
    manager.undo()
    expect(cause(doc)).toMatchObject({ boneId: 'leadership', kind: 'cause', text: 'No routine' })
    manager.undo()
    expect(cause(doc)?.kind).toBeUndefined()
    expect(cause(doc)?.text).toBe('No routine')
    manager.undo()
    expect(cause(doc)?.text).toBe('')
    manager.undo()
    expect(cause(doc)).toBeUndefined()
    dispose()
  })

  it('brings a deleted cause back with its sub-causes', () => {
    const { doc } = fishboneWith([{ id: 'a' }, { id: 'a1', parent: 'a' }])
    const { manager, dispose } = createFishboneUndo(doc)
    deleteCause(doc, 'f', 'a')
    expect(readFishbones(doc).fishbones[0]?.causes).toHaveLength(0)
    manager.undo()
    expect(readFishbones(doc).fishbones[0]?.causes.map((c) => c.id)).toEqual(['a', 'a1'])
    dispose()
  })

  it('never undoes a colleague’s change', () => {
    const { doc } = fishboneWith([{ id: 'a' }])
    const { manager, dispose } = createFishboneUndo(doc)
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    tagCause(other, 'f', 'a', { kind: 'symptom' })
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    expect(manager.undoStack).toHaveLength(0)
    manager.undo()
    expect(cause(doc)?.kind).toBe('symptom')
    dispose()
  })
})

describe('undoing a deleted fishbone made from a SWOT weakness', () => {
  it('restores the diagram and the weakness’s link to it', () => {
    const doc = new Y.Doc()
    createSwotBoard(doc, { boardId: 'b', title: 'SWOT', now: 1 })
    addSwotItem(doc, { boardId: 'b', itemId: 'w', quadrant: 'weaknesses', text: 'Low math', now: 1 })
    fishboneFromSwotItem(doc, { boardId: 'b', itemId: 'w', fishboneId: 'fw', now: 2 })
    const { manager, dispose } = createFishboneUndo(doc)
    deleteFishbone(doc, 'fw')
    manager.undo()
    expect(readFishbones(doc).fishbones.map((f) => f.id)).toEqual(['fw'])
    expect(readSwot(doc).boards[0]?.quadrants.weaknesses[0]?.fishboneIds).toEqual(['fw'])
    dispose()
  })
})
