/**
 * Undo for the fishbone view over fishbones, 5 Whys and SWOT items (which link back to fishbones),
 * for this person's own changes only (origin local-user): my Ctrl+Z never undoes a colleague's
 * edit. Typing merges into one step per pause; any other change (add, tag, move, delete) is one step.
 */
import * as Y from 'yjs'
import { fishbones } from '../../../../shared/doc/fishbone'
import { ORIGINS } from '../../../../shared/doc/origin'
import { swotBoards } from '../../../../shared/doc/swot'
import { whysChains } from '../../../../shared/doc/whys'

const isTypingOnly = (tr: Y.Transaction): boolean => [...tr.changed.keys()].every((type) => type instanceof Y.Text)

export function createFishboneUndo(doc: Y.Doc): { manager: Y.UndoManager; dispose: () => void } {
  let manager: Y.UndoManager | undefined
  const cut = (tr: Y.Transaction) => {
    if (tr.origin === ORIGINS.localUser && !isTypingOnly(tr)) manager?.stopCapturing()
  }
  // one listener runs before the manager's (so a change never joins the typing before it), one
  // after (so typing never joins it); two functions, because the document keeps listeners in a Set
  const before = (tr: Y.Transaction) => cut(tr)
  const after = (tr: Y.Transaction) => cut(tr)
  doc.on('afterTransaction', before)
  manager = new Y.UndoManager([fishbones(doc), whysChains(doc), swotBoards(doc)], { trackedOrigins: new Set([ORIGINS.localUser]) })
  doc.on('afterTransaction', after)
  const m = manager
  return {
    manager: m,
    dispose: () => {
      doc.off('afterTransaction', before)
      doc.off('afterTransaction', after)
      m.destroy()
    },
  }
}
