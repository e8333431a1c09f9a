/**
 * What every part of the plan editor reads: the board document, the live draft and the live plan
 * document (the same transform a snapshot runs, so the quality checks match), and shared actions.
 */
import { createContext, useContext } from 'react'
import type * as Y from 'yjs'
import type { Member } from '../../../../shared/api/contract'
import type { PlanDocument } from '../../../../shared/plan/document'
import type { PlanDraft } from '../../../../shared/plan/draft'
import type { PlanUse } from '../../../../shared/plan/usage'
import type { TraceTargets } from './trace-targets'

export interface PlanContextValue {
  readonly doc: Y.Doc
  readonly workspaceId: string
  readonly readOnly: boolean
  readonly me: Member
  readonly members: readonly Member[]
  readonly draft: PlanDraft
  /** the plan as a snapshot taken now would produce it */
  readonly live: PlanDocument
  readonly usage: ReadonlyMap<string, readonly PlanUse[]>
  readonly targets: TraceTargets
  /** says something to screen-reader users (and shows it) in the editor's live region */
  readonly announce: (message: string) => void
  /** the id of an item just added by this person: its first field takes focus once */
  readonly justAdded: string | null
  readonly markAdded: (id: string) => void
  /** call around structural edits (add, move, delete) so each is its own undo step */
  readonly separateUndo: () => void
}

export const PlanContext = createContext<PlanContextValue | null>(null)

export function usePlan(): PlanContextValue {
  const value = useContext(PlanContext)
  if (!value) throw new Error('usePlan outside the plan view')
  return value
}
