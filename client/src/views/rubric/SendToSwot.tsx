/**
 * Into the needs assessment: elements whose team level is Consistently Low or Basic go to a SWOT
 * board as candidate weaknesses, strong ones as strengths, each with its team evidence and element
 * code (source {kind:'rubric'}). Elements already on the chosen board in that quadrant are skipped.
 */
import { useState } from 'react'
import { useStatusLine } from '../../facilitation/use-status-line'
import type * as Y from 'yjs'
import type { SwotQuadrant } from '../../../../shared/content/swot-prompts'
import type { Rubric } from '../../../../shared/content/rubric-model'
import { addSwotItem, createSwotBoard } from '../../../../shared/doc/swot'
import { readSwot } from '../../../../shared/doc/swot-read'
import { swotCandidates, type SwotCandidate } from '../../../../shared/domain/rubric/candidates'
import type { TeamState } from '../../../../shared/domain/rubric/types'
import { newId } from '../../../../shared/ids'

interface Props {
  readonly rubric: Rubric
  readonly doc: Y.Doc
  readonly team: TeamState
  /** omitted in anonymous mode, so no author is stored on the items */
  readonly authorId: string | undefined
  readonly readOnly: boolean
}

const NEW_BOARD = ''

export function SendToSwot({ rubric, doc, team, authorId, readOnly }: Props) {
  const boards = readSwot(doc).boards
  const [chosen, setChosen] = useState<string>(NEW_BOARD)
  const [moderate, setModerate] = useState(false)
  const [status, setStatus] = useStatusLine()
  const board = boards.find((b) => b.id === chosen) ?? boards[0]
  const candidates = swotCandidates(rubric, team, { moderateAsStrength: moderate })
  const already = (quadrant: SwotQuadrant, code: string) =>
    board?.quadrants[quadrant].some((item) => item.source?.kind === 'rubric' && item.source.elementId === code) ?? false

  const send = (quadrant: SwotQuadrant, list: readonly SwotCandidate[]) => {
    const now = Date.now()
    let boardId = board?.id
    if (!boardId) {
      const made = createSwotBoard(doc, { boardId: newId('swot'), title: 'Needs assessment', now })
      if (!made.ok) return setStatus('The SWOT board could not be created.')
      boardId = made.value
      setChosen(boardId)
    }
    let sent = 0
    for (const c of list) {
      if (already(quadrant, c.code)) continue
      const r = addSwotItem(doc, {
        boardId,
        itemId: newId('rubric'),
        quadrant,
        text: `${c.code} · ${c.text}`,
        evidence: c.evidence,
        source: { kind: 'rubric', elementId: c.code },
        ...(authorId ? { authorId } : {}),
        now,
      })
      if (r.ok) sent++
    }
    setStatus(sent === 0 ? `Nothing new to send: those ${quadrant} are already on the board.` : `Sent ${sent} ${sent === 1 ? 'item' : 'items'} to ${quadrant}.`)
  }

  const group = (quadrant: SwotQuadrant, title: string, list: readonly SwotCandidate[], empty: string) => {
    const fresh = list.filter((c) => !already(quadrant, c.code))
    return (
      <div className="rb-candidates">
        <h4>
          {title} ({list.length})
        </h4>
        {list.length === 0 ? (
          <p className="empty">{empty}</p>
        ) : (
          <ul>
            {list.map((c) => (
              <li key={c.code}>
                <strong>{c.code}</strong> {c.text}
                {c.evidence && <span className="muted"> — {c.evidence}</span>}
                {already(quadrant, c.code) && <span className="rb-badge"> ✔ already on the board</span>}
              </li>
            ))}
          </ul>
        )}
        {!readOnly && list.length > 0 && (
          <button type="button" disabled={fresh.length === 0} onClick={() => send(quadrant, fresh)}>
            Send {fresh.length} {quadrant} to SWOT
          </button>
        )}
      </div>
    )
  }

  return (
    <section aria-labelledby="rb-swot-heading" className="rb-swot card">
      <h3 id="rb-swot-heading">Into the needs assessment</h3>
      <p>
        <strong>The self-reflection is not a needs assessment</strong>; it is one input to one. Elements the team placed at{' '}
        {rubric.levels[0]?.label} or {rubric.levels[1]?.label} can go to a SWOT board as candidate weaknesses to analyse further,
        and strong elements as strengths, each with the team evidence and the element code.
      </p>
      {!readOnly && (
        <div className="row rb-wrap">
          <label htmlFor="rb-swot-board">SWOT board</label>
          <select id="rb-swot-board" value={board?.id ?? NEW_BOARD} onChange={(e) => setChosen(e.target.value)} className="rb-select">
            {boards.length === 0 && <option value={NEW_BOARD}>A new board “Needs assessment”</option>}
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title || 'Untitled board'}
              </option>
            ))}
          </select>
          <label className="row">
            <input type="checkbox" checked={moderate} onChange={(e) => setModerate(e.target.checked)} className="rb-check" />
            Also offer {rubric.levels[rubric.levels.length - 2]?.label} as strengths
          </label>
        </div>
      )}
      {group('weaknesses', 'Candidate weaknesses', candidates.weaknesses, 'No element has a team level at the lower two levels yet.')}
      {group('strengths', 'Candidate strengths', candidates.strengths, 'No element has a team level at the top yet.')}
      <p>
        {status}
      </p>
    </section>
  )
}
