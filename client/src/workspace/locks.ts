/** Whether a board is locked for review (facilitators are never locked). Views disable editing with it; the server enforces it. */
import { readControl } from '../../../shared/doc/control'
import { useWorkspace } from './context'
import { useDocVersion } from './hooks'

export function useBoardLocked(board: string): boolean {
  const { connection, me } = useWorkspace()
  useDocVersion(connection.control.doc)
  if (me.role === 'facilitator') return false
  return readControl(connection.control.doc).locks.includes(board)
}

/** Read-only for this member on this board: observers always, members while it is locked. */
export function useReadOnly(board: string): boolean {
  const { me } = useWorkspace()
  const locked = useBoardLocked(board)
  return me.role === 'observer' || locked
}
