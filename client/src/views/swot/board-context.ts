/**
 * What every part of one SWOT board needs, passed once through context instead of through every
 * quadrant and card: the documents, who may do what, the open rounds, and the board's actions.
 */
import { createContext, useContext } from 'react'
import type * as Y from 'yjs'
import type { SwotQuadrant } from '../../../../shared/content/swot-prompts'
import type { TargetedRound } from '../../../../shared/doc/round-settings'
import type { SwotItem } from '../../../../shared/doc/swot-read'
import type { Direction } from './keyboard-move'

export interface BoardContextValue {
  readonly doc: Y.Doc
  readonly myDoc: Y.Doc
  readonly boardId: string
  readonly workspaceId: string
  readonly canEdit: boolean
  readonly isFacilitator: boolean
  readonly anonymous: boolean
  /** memberId → display name */
  readonly names: ReadonlyMap<string, string>
  /** the open dot vote on this board, if any */
  readonly vote: TargetedRound | undefined
  /** my dots in the open vote: itemId → count */
  readonly myDots: Readonly<Record<string, number>>
  /** items the facilitator marked top in the latest closed vote */
  readonly top: ReadonlySet<string>
  readonly announce: (message: string) => void
  readonly add: (quadrant: SwotQuadrant) => void
  readonly remove: (item: SwotItem, label: string) => void
  readonly moveByKey: (item: SwotItem, direction: Direction) => void
  readonly drop: (itemId: string, quadrant: SwotQuadrant, index: number) => void
  readonly moveTo: (item: SwotItem, quadrant: SwotQuadrant) => void
  readonly findRootCauses: (item: SwotItem) => void
}

export const BoardContext = createContext<BoardContextValue | null>(null)

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext)
  if (!value) throw new Error('useBoard outside a SWOT board')
  return value
}

/** Drag data type for SWOT items (mouse moves); keyboard moves do not use it. */
export const DRAG_TYPE = 'application/x-rootwork-swot-item'

export const SINGULAR = {
  strengths: 'Strength',
  weaknesses: 'Weakness',
  opportunities: 'Opportunity',
  threats: 'Threat',
} as const satisfies Record<SwotQuadrant, string>

/** How an item is named to screen readers and in messages: "Weakness 2: Low attendance". */
export function itemLabel(item: SwotItem, index: number): string {
  const text = item.text.trim()
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text
  return `${SINGULAR[item.quadrant]} ${index + 1}${short ? `: ${short}` : ' (empty)'}`
}
