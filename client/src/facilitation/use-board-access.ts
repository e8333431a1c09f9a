/**
 * `useBoardAccess(board)` → `{ canWrite, reason, message }`: the one client answer to "may I edit
 * this board?", read from the facilitation layer's control state (no view re-parses `control`).
 */
import { useMemo } from 'react'
import { boardAccess, type BoardAccess } from '../../../shared/domain/facilitation/access'
import { useWorkspace } from '../workspace/context'
import { useFacilitation } from './context'

export function useBoardAccess(board: string, groupId?: string): BoardAccess {
  const { me } = useWorkspace()
  const { control } = useFacilitation()
  return useMemo(() => boardAccess(control, { role: me.role, memberId: me.id, board, groupId }), [control, me.role, me.id, board, groupId])
}
