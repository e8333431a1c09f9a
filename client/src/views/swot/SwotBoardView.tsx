/**
 * One SWOT board at work: Tool A's four quadrants with the two shared-notes areas beneath their
 * pairs, the facilitator's rounds (silent brainstorm, dot vote), my private drafts and dots, undo
 * of my own edits (Ctrl/Cmd+Z or the button), and one live region that says what just changed.
 */
import { useId, useMemo, useState } from 'react'
import type { SwotBoard } from '../../../../shared/doc/swot-read'
import type { RootCauseEntry } from '../../../../shared/domain/fishbone/prioritise'
import { BoardContext, type BoardContextValue } from './board-context'
import { CoachingPrompts } from './CoachingPrompts'
import { DraftsPanel } from './DraftsPanel'
import { PairNotes } from './PairNotes'
import { Quadrant } from './Quadrant'
import { RoundPanel } from './RoundPanel'
import type { SwotSession } from './use-swot-session'
import { useBoardActions } from './use-board-actions'
import { useFocusRequest } from './use-focus-request'
import { fishbones } from '../../../../shared/doc/fishbone'
import { swotBoards } from '../../../../shared/doc/swot'
import { useUndo } from '../../ui/use-undo'
import { VoteBanner } from './VoteBanner'
import { VoteResults } from './VoteResults'
import { useAnnounce } from '../../facilitation/announcer'

interface Props {
  readonly board: SwotBoard
  readonly session: SwotSession
  readonly rootCauses: readonly RootCauseEntry[]
}

export function SwotBoardView({ board, session, rootCauses }: Props) {
  const s = session
  const ids = useId()
  // the workspace's one live region: board messages and the facilitator's actions are heard in one place
  const announce = useAnnounce()
  const focus = useFocusRequest()
  // fishbones too: undoing "Find root causes" removes the diagram it made
  const undo = useUndo([swotBoards(s.doc), fishbones(s.doc)], { enabled: s.canEdit, announce })
  const [needsEvidenceOnly, setNeedsEvidenceOnly] = useState(false)
  const rounds = s.roundsFor(board.id)
  const hasSide = s.isFacilitator || (rounds.openBrainstorm !== undefined && s.canEdit) || rounds.openVote !== undefined || rounds.lastResult !== undefined
  const actions = useBoardActions({ doc: s.doc, board, workspaceId: s.workspaceId, authorId: s.anonymous ? undefined : s.me.id, undo, announce, focus })

  const context: BoardContextValue = useMemo(
    () => ({
      doc: s.doc,
      myDoc: s.myDoc,
      boardId: board.id,
      workspaceId: s.workspaceId,
      canEdit: s.canEdit,
      isFacilitator: s.isFacilitator,
      anonymous: s.anonymous,
      names: s.names,
      vote: rounds.openVote,
      myDots: rounds.myDots,
      top: rounds.top,
      announce,
      ...actions,
    }),
    [s, board.id, rounds, announce, actions],
  )

  return (
    <BoardContext.Provider value={context}>
      <div className="swot-board" onKeyDown={undo.onKeyDown}>
        <div className="swot-toolbar row">
          {s.canEdit && (
            <>
              <button type="button" onClick={() => (undo.undo(), announce('Undone.'))} disabled={!undo.canUndo} aria-keyshortcuts="Control+Z Meta+Z">
                ↶ Undo
              </button>
              <button
                type="button"
                onClick={() => (undo.redo(), announce('Redone.'))}
                disabled={!undo.canRedo}
                aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
              >
                ↷ Redo
              </button>
            </>
          )}
          {s.isFacilitator && (
            <label className="row swot-filter">
              <input type="checkbox" checked={needsEvidenceOnly} onChange={(e) => setNeedsEvidenceOnly(e.target.checked)} />
              Show only items that need evidence
            </label>
          )}
          <p className="small muted swot-mode">
            {s.anonymous ? 'Anonymous mode: authors are hidden and not recorded.' : 'Named mode: each card shows who added it.'}
          </p>
        </div>
        <p id={`${ids}-move`} className="visually-hidden">
          Press Alt and an arrow key to move this item: up or down within its quadrant or into the one above or below, left or right into the neighbouring
          quadrant. Or drag it with the mouse.
        </p>
        {/* rounds, drafts and results sit beside the grid, never above it: the 2×2 stays on the first screen */}
        <div className={`swot-layout${hasSide ? ' with-side' : ''}`}>
          <div className="swot-main">
            <div className="swot-grid">
              {(['strengths', 'weaknesses', 'opportunities', 'threats'] as const).map((q) => (
                <Quadrant key={q} quadrant={q} items={board.quadrants[q]} needsEvidenceOnly={needsEvidenceOnly} moveHelpId={`${ids}-move`} />
              ))}
              <PairNotes pair="leverage" rootCauses={[]} />
              <PairNotes pair="rootCauses" rootCauses={rootCauses} />
            </div>
            <CoachingPrompts />
          </div>
          {hasSide && (
            <div className="swot-side">
              <RoundPanel board={board} session={s} rounds={rounds} announce={announce} />
              {rounds.openBrainstorm && s.canEdit && <DraftsPanel round={rounds.openBrainstorm} myDoc={s.myDoc} announce={announce} />}
              {rounds.openVote && <VoteBanner round={rounds.openVote} myDots={rounds.myDots} canVote={s.canEdit} />}
              {rounds.lastResult && (
                <VoteResults
                  board={board}
                  result={rounds.lastResult}
                  top={rounds.top}
                  controlDoc={s.controlDoc}
                  canMark={s.isFacilitator}
                  announce={announce}
                />
              )}
            </div>
          )}
        </div>
      </div>
    </BoardContext.Provider>
  )
}
