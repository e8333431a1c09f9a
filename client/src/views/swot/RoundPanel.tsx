/**
 * The facilitator's round controls for this board: start a silent brainstorm and reveal it, open a
 * dot vote (dots per person, most on one item) and close it. Members see what is running and what
 * it means for them; the server does the revealing and tallying, so nobody's private work leaks.
 */
import { useId, useState, type FormEvent } from 'react'
import { openBrainstormRound, openVoteRound } from '../../../../shared/doc/round-settings'
import type { SwotBoard } from '../../../../shared/doc/swot-read'
import { useWorkspace } from '../../workspace/context'
import { roundsApi } from '../../api/rounds'
import { RoundParticipation } from '../../facilitation/RoundParticipation'
import { newId } from '../../../../shared/ids'
import type { BoardRounds, SwotSession } from './use-swot-session'

interface Props {
  readonly board: SwotBoard
  readonly session: SwotSession
  readonly rounds: BoardRounds
  readonly announce: (message: string) => void
}

export function RoundPanel({ board, session, rounds, announce }: Props) {
  const { token } = useWorkspace()
  const ids = useId()
  const [budget, setBudget] = useState(5)
  const [cap, setCap] = useState(2)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  if (!session.isFacilitator) return null
  const target = { kind: 'swot', boardId: board.id } as const

  const startBrainstorm = () => {
    const r = openBrainstormRound(session.controlDoc, { roundId: newId(), title: `Silent brainstorm: ${board.title}`, target }, Date.now())
    setError(r.ok ? undefined : r.error)
    if (r.ok) announce('Silent brainstorm started. Everyone drafts privately until you reveal.')
  }
  const startVote = (e: FormEvent) => {
    e.preventDefault()
    const r = openVoteRound(session.controlDoc, { roundId: newId(), title: `Dot vote: ${board.title}`, target, budget, cap }, Date.now())
    setError(r.ok ? undefined : r.error)
    if (r.ok) announce(`Dot vote opened: ${budget} dots each, at most ${cap} on one item.`)
  }
  const act = async (kind: 'reveal' | 'close', roundId: string) => {
    setBusy(true)
    const r = kind === 'reveal' ? await roundsApi.reveal(session.workspaceId, roundId, token) : await roundsApi.close(session.workspaceId, roundId, token)
    setBusy(false)
    setError(r.ok ? undefined : r.error.message)
    if (r.ok)
      announce(
        'revealed' in r.value
          ? `Revealed ${r.value.revealed} ${r.value.revealed === 1 ? 'draft' : 'drafts'} onto the board.`
          : `Vote closed: ${r.value.result.voters} ${r.value.result.voters === 1 ? 'person' : 'people'} voted. Results are below.`,
      )
  }

  return (
    <section className="swot-rounds card" aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`}>Facilitator rounds</h3>
      <div className="row wrap">
        {rounds.openBrainstorm ? (
          <button type="button" className="primary" disabled={busy} onClick={() => void act('reveal', rounds.openBrainstorm?.id ?? '')}>
            Reveal drafts onto the board
          </button>
        ) : (
          <button type="button" onClick={startBrainstorm}>
            Start a silent brainstorm
          </button>
        )}
        {rounds.openVote ? (
          <button type="button" className="primary" disabled={busy} onClick={() => void act('close', rounds.openVote?.id ?? '')}>
            Close the vote and tally
          </button>
        ) : (
          <form className="row wrap" onSubmit={startVote} aria-label="Open a dot vote">
            <label htmlFor={`${ids}-budget`}>Dots per person</label>
            <input id={`${ids}-budget`} className="swot-num" type="number" min={1} max={50} value={budget} onChange={(e) => setBudget(Number(e.target.value))} />
            <label htmlFor={`${ids}-cap`}>Most dots on one item</label>
            <input id={`${ids}-cap`} className="swot-num" type="number" min={1} max={50} value={cap} onChange={(e) => setCap(Number(e.target.value))} />
            <button type="submit">Open a dot vote</button>
          </form>
        )}
      </div>
      {rounds.openBrainstorm && <RoundParticipation workspaceId={session.workspaceId} roundId={rounds.openBrainstorm.id} token={token} />}
      {rounds.openVote && <RoundParticipation workspaceId={session.workspaceId} roundId={rounds.openVote.id} token={token} />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
