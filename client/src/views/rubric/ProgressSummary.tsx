/** Who has finished scoring: names and "k of N" in named mode, counts only in anonymous mode. */
import type { RubricProgress } from '../../../../shared/api/rubric'

interface Props {
  readonly progress: RubricProgress | null
  readonly error: string | null
  readonly onRefresh: () => void
}

export function ProgressSummary({ progress, error, onRefresh }: Props) {
  return (
    <div className="rb-fac-progress">
      <div className="row">
        <p data-testid="rubric-team-progress" aria-live="polite">
          {progress
            ? `${progress.finishedCount} of ${progress.memberCount} finished · ${progress.startedCount} started`
            : error
              ? `Progress unavailable: ${error}`
              : 'Loading progress…'}
        </p>
        <button type="button" onClick={onRefresh}>
          Refresh progress
        </button>
      </div>
      {progress?.mode === 'named' && progress.members.length > 0 && (
        <ul className="rb-fac-members">
          {progress.members.map((m) => (
            <li key={m.memberId}>
              {m.displayName}: {m.scored} of {progress.total}
              {m.finished && <strong> ✔ finished</strong>}
            </li>
          ))}
        </ul>
      )}
      {progress?.mode === 'anonymous' && (
        <p className="hint">
          Anonymous mode: you see counts only.
          {progress.startedCount > 0 && progress.startedCount < 3 && ' With fewer than three people scoring, counts alone can show who picked what.'}
        </p>
      )}
      {progress && progress.memberCount === 0 && <p className="empty">Nobody is here to score yet — share the invite link.</p>}
    </div>
  )
}
