/**
 * The plan editor's model. The draft is re-read on every change (controls bound to it must never lag
 * behind a click); the plan a snapshot would produce right now (overview, needs assessment, quality
 * checks), plan usage per board item and the pickers' trace targets are recomputed throttled.
 */
import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { Member, Workspace } from '../../../../shared/api/contract'
import { readControl } from '../../../../shared/doc/control'
import { snapshotInputFromBoard } from '../../../../shared/plan/from-board'
import { snapshotPlan } from '../../../../shared/plan/snapshot'
import { planUsage } from '../../../../shared/plan/usage'
import { readPlan } from '../../../../shared/plan/read'
import { useDocVersion } from '../../workspace/hooks'
import { readTraceTargets } from './trace-targets'
import { useThrottledVersion } from './use-throttled-version'

/** at most ~6 recomputes a second: one costs ~20 ms on a board with 500 SWOT items and 300 causes */
const RECOMPUTE_MS = 160

export function useLivePlan(board: Y.Doc, control: Y.Doc, workspace: Workspace, members: readonly Member[]) {
  const boardVersion = useDocVersion(board)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const draft = useMemo(() => readPlan(board), [board, boardVersion])
  const version = useThrottledVersion([board, control], RECOMPUTE_MS)
  const slow = useMemo(() => {
    const now = new Date().toISOString()
    const controlState = readControl(control)
    const input = snapshotInputFromBoard(board, {
      date: now,
      startedAt: workspace.createdAt,
      organisation: workspace.organisation,
      members: members.map((m) => ({ role: m.role, stakeholderRole: m.stakeholderRole })),
      control: controlState,
    })
    const usedDraft = input.plan ?? readPlan(board)
    // the relay refuses members' plan edits while either board id owning the plan root is locked
    const locked = controlState.locks.some((b) => b === 'plan' || b === 'direction')
    return { live: snapshotPlan(input, { now }), usage: planUsage(usedDraft), targets: readTraceTargets(board), locked }
    // `version` is the change signal for the two documents
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [board, control, workspace.organisation, workspace.createdAt, members, version])
  return useMemo(() => ({ draft, ...slow }), [draft, slow])
}
