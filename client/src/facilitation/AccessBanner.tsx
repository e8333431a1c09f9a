/**
 * The banner above a board that this member may not edit right now, naming why: "Plan is locked
 * for review by Coach Kim." Shown the moment the lock reaches this client (observers see the
 * header badge instead). Announced politely, text plus icon, never colour alone.
 */
import { useBoardAccess } from './use-board-access'

export function AccessBanner({ board, groupId }: { board: string; groupId?: string | undefined }) {
  const access = useBoardAccess(board, groupId)
  if (access.canWrite || access.reason === 'observer') return null
  return (
    <p className="access-banner" role="status" data-testid="access-banner" data-reason={access.reason}>
      <span aria-hidden="true">🔒 </span>
      {access.message}
      {access.reason === 'locked' && ' You can read it; editing is paused until it is unlocked.'}
    </p>
  )
}
