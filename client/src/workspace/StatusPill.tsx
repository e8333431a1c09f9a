/** Connection and saving status, announced politely to screen readers; text and icon, not colour alone. */
import { useStatus } from './hooks'
import type { WorkspaceConnection } from './workspace-connection'

const ICON = { saved: '✓', syncing: '↻', 'kept-offline': '⚠', refused: '⛔' } as const

export function StatusPill({ connection }: { connection: WorkspaceConnection }) {
  const status = useStatus(connection)
  return (
    <p className={`status-pill ${status.connection} ${status.save}`} role="status" aria-live="polite" data-testid="sync-status" data-save={status.save} data-connection={status.connection}>
      <span aria-hidden="true">{ICON[status.save]}</span> {status.label}
      {status.save === 'refused' && (
        <button type="button" className="inline" onClick={() => location.reload()}>
          Reload
        </button>
      )}
    </p>
  )
}
