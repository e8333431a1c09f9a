/**
 * The plan editor's model, recomputed when the board or control document changes: the draft, the
 * plan a snapshot would produce right now (for the overview, needs assessment and quality checks),
 * plan usage per board item, and the trace targets for the pickers.
 */
import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { Member, Workspace } from '../../../../shared/api/contract'
import { readControl } from '../../../../shared/doc/control'
import { emptyPlanDraft } from '../../../../shared/plan/draft'
import { snapshotInputFromBoard } from '../../../../shared/plan/from-board'
import { snapshotPlan } from '../../../../shared/plan/snapshot'
import { planUsage } from '../../../../shared/plan/usage'
import { useDocVersion } from '../../workspace/hooks'
import { readTraceTargets } from './trace-targets'

export function useLivePlan(board: Y.Doc, control: Y.Doc, workspace: Workspace, members: readonly Member[]) {
  const boardVersion = useDocVersion(board)
  const controlVersion = useDocVersion(control)
  return useMemo(() => {
    const now = new Date().toISOString()
    const controlState = readControl(control)
    const input = snapshotInputFromBoard(board, {
      date: now,
      organisation: workspace.organisation,
      members: members.map((m) => ({ stakeholderRole: m.stakeholderRole })),
      control: controlState,
    })
    const draft = input.plan ?? emptyPlanDraft()
    // the relay refuses members' plan edits while either board id owning the plan root is locked
    const locked = controlState.locks.some((b) => b === 'plan' || b === 'direction')
    return { draft, live: snapshotPlan(input, { now }), usage: planUsage(draft), targets: readTraceTargets(board), locked }
    // the versions are the change signals for the two documents
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [board, control, workspace.organisation, members, boardVersion, controlVersion])
}
