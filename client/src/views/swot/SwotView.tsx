/**
 * The SWOT view: pick (or create) a board, then work on it. The chosen board rides in the URL
 * (`?b=<id>`) so a shared link opens the same board; with none chosen, the oldest board opens.
 */
import { useEffect, useMemo, useState } from 'react'
import { createSwotBoard, renameSwotBoard } from '../../../../shared/doc/swot'
import { rootCausesForSwot } from '../../../../shared/domain/fishbone/prioritise'
import { BoardBar } from './BoardBar'
import { EmptyBoards } from './EmptyBoards'
import { newId } from '../../../../shared/ids'
import { SwotBoardView } from './SwotBoardView'
import { exposeBoardDocForTests } from './test-hook'
import { useSwotSession } from './use-swot-session'
import './swot.css'

function boardFromUrl(): string | undefined {
  return new URLSearchParams(location.search).get('b') ?? undefined
}

export default function SwotView() {
  const session = useSwotSession()
  const { doc, swot, fishbones } = session
  const [chosen, setChosen] = useState(boardFromUrl)
  const board = swot.boards.find((b) => b.id === chosen) ?? swot.boards[0]
  const rootCauses = useMemo(() => rootCausesForSwot(swot, fishbones), [swot, fishbones])

  useEffect(() => exposeBoardDocForTests(doc), [doc])

  const select = (boardId: string) => {
    setChosen(boardId)
    const url = new URL(location.href)
    url.searchParams.set('b', boardId)
    history.replaceState(history.state, '', url)
  }
  const create = (title: string) => {
    const boardId = newId()
    if (createSwotBoard(doc, { boardId, title, now: Date.now() }).ok) select(boardId)
  }

  return (
    <div className="swot page">
      {board ? (
        <>
          <BoardBar
            boards={swot.boards}
            current={board}
            canEdit={session.canEdit}
            onSelect={select}
            onCreate={create}
            onRename={(title) => renameSwotBoard(doc, board.id, title)}
          />
          <SwotBoardView key={board.id} board={board} session={session} rootCauses={rootCauses.get(board.id) ?? []} />
        </>
      ) : (
        <EmptyBoards canEdit={session.canEdit} onCreate={create} />
      )}
    </div>
  )
}
