/**
 * Connection and saving status, announced politely to screen readers; text and icon, not colour
 * alone. A local refusal (an edit too large to share) is shown beside it as an alert until dismissed.
 */
import { useSyncExternalStore } from 'react'
import { useStatus } from './hooks'
import type { WorkspaceConnection } from './workspace-connection'

const ICON = { saved: '✓', syncing: '↻', 'kept-offline': '⚠', reconnecting: '⚠', refused: '⛔' } as const

export function StatusPill({ connection }: { connection: WorkspaceConnection }) {
  const status = useStatus(connection)
  const { notices } = connection
  const notice = useSyncExternalStore(notices.subscribe, () => notices.notice)
  return (
    <>
      <p className={`status-pill ${status.connection} ${status.save}`} role="status" aria-live="polite" data-testid="sync-status" data-save={status.save} data-connection={status.connection}>
        <span aria-hidden="true">{ICON[status.save]}</span> {status.label}
        {status.save === 'refused' && (
          <button type="button" className="inline" onClick={() => location.reload()}>
            Reload
          </button>
        )}
      </p>
      {notice && (
        <p className="status-notice" role="alert" data-testid="local-refusal" key={notice.id}>
          {notice.message}{' '}
          <button type="button" className="inline" onClick={notices.dismiss}>
            Dismiss
          </button>
        </p>
      )}
    </>
  )
}
