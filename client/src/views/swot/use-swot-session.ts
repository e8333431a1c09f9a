/**
 * Everything the SWOT view reads, re-read only when a root it reads changes: the boards and
 * fishbones (board), anonymity and rounds (control), vote results (published), and my own drafts
 * and dots (my private document). Plain data in, so the components stay simple.
 */
import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { Member } from '../../../../shared/api/contract'
import { readFishbones, type FishboneState } from '../../../../shared/doc/fishbone-read'
import { readTopItems, roundsFor, type TargetedRound } from '../../../../shared/doc/round-settings'
import { readSwot, type SwotState } from '../../../../shared/doc/swot-read'
import { readVoteResult, type VoteResult } from '../../../../shared/doc/vote-results'
import { votesIn } from '../../../../shared/doc/votes'
import { ROOTS } from '../../../../shared/doc/schema'
import { useBoardAccess } from '../../facilitation/use-board-access'
import { useFacilitation } from '../../facilitation/context'
import { useWorkspace } from '../../workspace/context'
import { useDocRead } from '../../workspace/use-doc-read'

export interface BoardRounds {
  readonly openBrainstorm: TargetedRound | undefined
  readonly openVote: TargetedRound | undefined
  /** my dots in the open vote */
  readonly myDots: Readonly<Record<string, number>>
  /** the latest closed vote on this board with its published result */
  readonly lastResult: { readonly round: TargetedRound; readonly result: VoteResult } | undefined
  /** items the facilitator marked top after that vote */
  readonly top: ReadonlySet<string>
}

export interface SwotSession {
  readonly doc: Y.Doc
  readonly controlDoc: Y.Doc
  readonly publishedDoc: Y.Doc
  readonly myDoc: Y.Doc
  readonly workspaceId: string
  readonly me: Member
  readonly canEdit: boolean
  readonly isFacilitator: boolean
  readonly anonymous: boolean
  readonly names: ReadonlyMap<string, string>
  readonly swot: SwotState
  readonly fishbones: FishboneState
  readonly roundsFor: (boardId: string) => BoardRounds
}

const readBoard = (doc: Y.Doc) => ({ swot: readSwot(doc), fishbones: readFishbones(doc) })
const BOARD_ROOTS_READ = [ROOTS.board.swot, ROOTS.board.fishbone]
// accessors bound to the document's current state: a new one each time the document changes
const readResults = (doc: Y.Doc) => ({ result: (roundId: string) => readVoteResult(doc, roundId) })
const readMyVotes = (doc: Y.Doc) => ({ votes: (roundId: string) => votesIn(doc, roundId) })

const latest = (rounds: readonly TargetedRound[], pick: (r: TargetedRound) => boolean) => [...rounds].reverse().find(pick)

export function useSwotSession(): SwotSession {
  const { connection, me, members, workspace } = useWorkspace()
  const doc = connection.board.doc
  const controlDoc = connection.control.doc
  const publishedDoc = connection.published.doc
  const myDoc = connection.mine.doc
  const board = useDocRead(doc, readBoard, { roots: BOARD_ROOTS_READ })
  const published = useDocRead(publishedDoc, readResults, { roots: [ROOTS.published.published] })
  const mine = useDocRead(myDoc, readMyVotes, { roots: [ROOTS.private.votes] })
  // the facilitation layer's control state is a new object whenever `control` changes
  const { control } = useFacilitation()
  const canEdit = useBoardAccess('swot').canWrite

  return useMemo(() => {
    const cache = new Map<string, BoardRounds>()
    const boardRounds = (boardId: string): BoardRounds => {
      const known = cache.get(boardId)
      if (known) return known
      const rounds = roundsFor(controlDoc, { kind: 'swot', boardId })
      const openVote = latest(rounds, (r) => r.kind === 'vote' && r.status === 'open' && r.settings.vote !== undefined)
      const closed = latest(rounds, (r) => r.kind === 'vote' && r.status === 'closed' && published.result(r.id) !== undefined)
      const result = closed && published.result(closed.id)
      const value: BoardRounds = {
        openBrainstorm: latest(rounds, (r) => r.kind === 'brainstorm' && r.status === 'open'),
        openVote,
        myDots: openVote ? mine.votes(openVote.id) : {},
        lastResult: closed && result ? { round: closed, result } : undefined,
        top: new Set(closed ? readTopItems(controlDoc, closed.id) : []),
      }
      cache.set(boardId, value)
      return value
    }
    return {
      doc,
      controlDoc,
      publishedDoc,
      myDoc,
      workspaceId: workspace.id,
      me,
      canEdit,
      isFacilitator: me.role === 'facilitator',
      anonymous: control.anonymity === 'anonymous',
      names: new Map(members.map((m) => [m.id, m.displayName])),
      swot: board.swot,
      fishbones: board.fishbones,
      roundsFor: boardRounds,
    }
  }, [doc, controlDoc, publishedDoc, myDoc, workspace.id, me, members, board, published, mine, control, canEdit])
}
