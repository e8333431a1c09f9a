/**
 * The plan editor's model. The draft is read from the plan root on every change (controls bound to
 * it must never lag behind a click). The plan a snapshot would produce right now (overview, needs
 * assessment, quality checks), plan usage per board item and the pickers' trace targets depend on
 * the whole board, so they are computed from a deferred copy (`useDeferredValue`): React renders the
 * keystroke first and recomputes when it has time, dropping stale recomputes while typing goes on.
 */
import { useDeferredValue, useMemo } from 'react'
import type * as Y from 'yjs'
import type { Member, Workspace } from '../../../../shared/api/contract'
import { ROOTS } from '../../../../shared/doc/schema'
import type { ControlState } from '../../../../shared/domain/facilitation/control-state'
import { snapshotInputFromBoard } from '../../../../shared/plan/from-board'
import { snapshotPlan } from '../../../../shared/plan/snapshot'
import { planUsage } from '../../../../shared/plan/usage'
import { readPlan } from '../../../../shared/plan/read'
import { useDocRead } from '../../workspace/use-doc-read'
import { readTraceTargets } from './trace-targets'

const PLAN_ROOT = [ROOTS.board.plan]
/** a new token each time the board changes anywhere: what the deferred model is computed from */
const boardToken = (doc: Y.Doc) => ({ doc })

export function useLivePlan(board: Y.Doc, control: ControlState, workspace: Workspace, members: readonly Member[]) {
  const draft = useDocRead(board, readPlan, { roots: PLAN_ROOT })
  const token = useDeferredValue(useDocRead(board, boardToken))
  const deferredControl = useDeferredValue(control)
  const slow = useMemo(() => {
    const now = new Date().toISOString()
    const input = snapshotInputFromBoard(token.doc, {
      date: now,
      startedAt: workspace.createdAt,
      organisation: workspace.organisation,
      members: members.map((m) => ({ role: m.role, stakeholderRole: m.stakeholderRole })),
      control: deferredControl,
    })
    const usedDraft = input.plan ?? readPlan(token.doc)
    return { live: snapshotPlan(input, { now }), usage: planUsage(usedDraft), targets: readTraceTargets(token.doc) }
  }, [token, deferredControl, workspace.organisation, workspace.createdAt, members])
  return useMemo(() => ({ draft, ...slow }), [draft, slow])
}
