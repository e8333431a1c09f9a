/**
 * Leaving a workspace on this device: the remembered session (the member token) and every copy
 * of its documents kept in this browser's IndexedDB go, so nothing of it stays behind.
 */
import { forgetLocalCopies } from '../workspace/local-persistence'
import { forgetSession, type StoredSession } from './sessions'

export async function leaveOnThisDevice(session: Pick<StoredSession, 'workspaceId' | 'memberId'>): Promise<void> {
  forgetSession(session.workspaceId)
  await forgetLocalCopies(session.workspaceId, session.memberId, ['board', 'whiteboard', 'control', `private/${session.memberId}`])
}
