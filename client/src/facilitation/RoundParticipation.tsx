/**
 * The facilitator's "who has taken part" line for an open brainstorm or dot vote, polled from the
 * server (only it reads private documents). Named mode lists who has and who has not; anonymous
 * mode shows the count only, because that is all the server sends.
 */
import { useState } from 'react'
import type { RoundParticipation as Answer } from '../../../shared/api/rounds'
import { countOf } from '../../../shared/text/plural'
import { roundsApi } from '../api/rounds'
import { usePolled } from '../ui/use-polled'

const POLL_MS = 3000
const VERB = { brainstorm: 'submitted drafts', vote: 'voted' } as const

function useParticipation(workspaceId: string, roundId: string, token: string): Answer | null {
  const [answer, setAnswer] = useState<Answer | null>(null)
  usePolled(
    async (isLive) => {
      const r = await roundsApi.participation(workspaceId, roundId, token)
      if (isLive() && r.ok) setAnswer(r.value)
    },
    [workspaceId, roundId, token],
    POLL_MS,
  )
  return answer
}

export function RoundParticipation({ workspaceId, roundId, token }: { readonly workspaceId: string; readonly roundId: string; readonly token: string }) {
  const p = useParticipation(workspaceId, roundId, token)
  if (!p) return null
  const verb = VERB[p.kind]
  const waiting = p.mode === 'named' ? p.members.filter((m) => !m.done) : []
  return (
    <div className="round-participation" data-testid="round-participation">
      <p>
        <strong>
          {p.done} of {countOf(p.expected, 'person', 'people')}
        </strong>{' '}
        {verb}
        {p.mode === 'anonymous' && ' (anonymous: counts only)'}.
      </p>
      {p.mode === 'named' && p.members.length > 0 && (
        <ul className="round-participation-list">
          {p.members
            .filter((m) => m.done)
            .map((m) => (
              <li key={m.memberId}>
                <span aria-hidden="true">✔ </span>
                {m.displayName}
                <span className="muted"> ({p.kind === 'vote' ? countOf(m.count, 'dot') : countOf(m.count, 'draft')})</span>
              </li>
            ))}
          {waiting.map((m) => (
            <li key={m.memberId} className="muted">
              <span aria-hidden="true">… </span>
              {m.displayName}: not yet
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
