/**
 * The board's edits as named actions, each one named mutation with the local-user origin, an
 * announcement for screen readers, and focus placed where the person will want it next.
 */
import { useMemo } from 'react'
import type * as Y from 'yjs'
import { type SwotQuadrant, QUADRANT_INFO } from '../../../../shared/content/swot-prompts'
import { fishboneFromSwotItem } from '../../../../shared/doc/fishbone'
import { addSwotItem, deleteSwotItem, moveSwotItem } from '../../../../shared/doc/swot'
import type { SwotBoard, SwotItem } from '../../../../shared/doc/swot-read'
import { navigate } from '../../router'
import { SINGULAR } from './board-context'
import { newId } from '../../../../shared/ids'
import { keyboardMove, type Direction } from './keyboard-move'
import type { Undo } from '../../ui/use-undo'

interface Deps {
  readonly doc: Y.Doc
  readonly board: SwotBoard
  readonly workspaceId: string
  /** undefined in anonymous mode: then no author is stored */
  readonly authorId: string | undefined
  readonly undo: Undo
  readonly announce: (message: string) => void
  readonly focus: (key: string) => void
}

const sizesOf = (board: SwotBoard) =>
  ({
    strengths: board.quadrants.strengths.length,
    weaknesses: board.quadrants.weaknesses.length,
    opportunities: board.quadrants.opportunities.length,
    threats: board.quadrants.threats.length,
  }) satisfies Record<SwotQuadrant, number>

export function useBoardActions({ doc, board, workspaceId, authorId, undo, announce, focus }: Deps) {
  return useMemo(() => {
    const boardId = board.id
    const moved = (item: SwotItem, quadrant: SwotQuadrant, index: number) => {
      undo.stopCapturing()
      const r = moveSwotItem(doc, { boardId, itemId: item.id, quadrant, index })
      if (!r.ok) return announce('That item is gone: someone may have deleted it.')
      const size = board.quadrants[quadrant].length + (quadrant === item.quadrant ? 0 : 1)
      announce(`Moved to ${QUADRANT_INFO[quadrant].label}, position ${index + 1} of ${size}.`)
      focus(`${item.id}:handle`)
    }
    return {
      add(quadrant: SwotQuadrant) {
        undo.stopCapturing()
        const itemId = newId()
        const r = addSwotItem(doc, { boardId, itemId, quadrant, ...(authorId !== undefined && { authorId }), now: Date.now() })
        if (!r.ok) return announce('The item could not be added: this board may have been deleted.')
        announce(`Added ${SINGULAR[quadrant].toLowerCase()} ${board.quadrants[quadrant].length + 1}. Type its statement.`)
        focus(`${itemId}:text`)
      },
      remove(item: SwotItem, label: string) {
        undo.stopCapturing()
        if (!deleteSwotItem(doc, boardId, item.id).ok) return
        announce(`Deleted ${label}. Press Ctrl+Z or the Undo button to bring it back.`)
        focus(`${item.quadrant}:add`)
      },
      moveByKey(item: SwotItem, direction: Direction) {
        const index = board.quadrants[item.quadrant].findIndex((i) => i.id === item.id)
        const target = keyboardMove({ quadrant: item.quadrant, index }, direction, sizesOf(board))
        if (!target) return announce(`${SINGULAR[item.quadrant]} ${index + 1} cannot move further ${direction}.`)
        moved(item, target.quadrant, target.index)
      },
      /** to the end of another quadrant: the menu's move, for touch screens and anyone not dragging */
      moveTo(item: SwotItem, quadrant: SwotQuadrant) {
        if (quadrant !== item.quadrant) moved(item, quadrant, board.quadrants[quadrant].length)
      },
      /** `displayIndex`: where it was dropped among the quadrant's items as shown, itself included */
      drop(itemId: string, quadrant: SwotQuadrant, displayIndex: number) {
        const item = Object.values(board.quadrants).flat().find((i) => i.id === itemId)
        if (!item) return
        const current = board.quadrants[quadrant].findIndex((i) => i.id === itemId)
        const index = current >= 0 && current < displayIndex ? displayIndex - 1 : displayIndex
        if (current === index && item.quadrant === quadrant) return
        moved(item, quadrant, index)
      },
      findRootCauses(item: SwotItem) {
        undo.stopCapturing()
        const fishboneId = newId()
        const r = fishboneFromSwotItem(doc, { boardId, itemId: item.id, fishboneId, now: Date.now() })
        if (!r.ok) return announce('The fishbone could not be created: the item may have been deleted.')
        navigate(`/w/${workspaceId}/fishbone?f=${encodeURIComponent(fishboneId)}`)
      },
    }
  }, [doc, board, workspaceId, authorId, undo, announce, focus])
}
