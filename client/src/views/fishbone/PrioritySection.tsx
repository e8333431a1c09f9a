/** Wires prioritisation to the documents: vote rounds in `control`, my dots in my private doc, results in `published`. */
import { useCallback, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { promoteToRootCause } from '../../../../shared/doc/fishbone-causes'
import type { Fishbone } from '../../../../shared/doc/fishbone-read'
import { openVoteRound, roundsFor } from '../../../../shared/doc/round-settings'
import { readVoteResult } from '../../../../shared/doc/vote-results'
import { votesIn } from '../../../../shared/doc/votes'
import { useWorkspace } from '../../workspace/context'
import { useDocRead } from '../../workspace/use-doc-read'
import { ROOTS } from '../../../../shared/doc/schema'
import { roundsApi } from '../../api/rounds'
import { boardErrorText } from './errors'
import { newId } from '../../../../shared/ids'
import { latestVote, type ClosedVote } from './priorities'
import { PrioritiesPanel } from './PrioritiesPanel'
import { VotePanel } from './VotePanel'

interface Props {
  readonly doc: Y.Doc
  readonly fishbone: Fishbone
  readonly readOnly: boolean
  readonly announce: (message: string) => void
}

export function PrioritySection({ doc, fishbone, readOnly, announce }: Props) {
  const { connection, me, workspace, token } = useWorkspace()
  const control = connection.control.doc
  const published = connection.published.doc
  const mineDoc = connection.mine.doc
  const fishboneId = fishbone.id
  const rounds = useDocRead(
    control,
    useCallback((d: Y.Doc) => roundsFor(d, { kind: 'fishbone', fishboneId }).filter((r) => r.kind === 'vote'), [fishboneId]),
    { roots: [ROOTS.control.control] },
  )
  const closed = useDocRead(
    published,
    useCallback((d: Y.Doc) => rounds.flatMap((r): ClosedVote[] => {
      const result = readVoteResult(d, r.id)
      return result ? [{ roundId: r.id, title: r.title, totals: result.totals, voters: result.voters, closedAt: result.closedAt }] : []
    }), [rounds]),
    { roots: [ROOTS.published.published] },
  )
  const open = rounds.find((r) => r.status === 'open' && r.settings.vote)
  const openId = open?.id
  const mine = useDocRead(mineDoc, useCallback((d: Y.Doc) => (openId ? votesIn(d, openId) : {}), [openId]), { roots: [ROOTS.private.votes] })
  const vote = useMemo(() => latestVote(closed), [closed])
  const [busy, setBusy] = useState(false)
  const isFacilitator = me.role === 'facilitator'


  const onOpen = (budget: number, cap: number) => {
    const title = `Dot vote on “${fishbone.head.text.trim() || 'fishbone'}”`
    const r = openVoteRound(control, { roundId: newId('vote'), title, target: { kind: 'fishbone', fishboneId: fishbone.id }, budget, cap }, Date.now())
    announce(r.ok ? 'The dot vote is open. Everyone can place their dots now.' : `The vote could not open: ${r.error}.`)
  }
  const onClose = (roundId: string) => {
    setBusy(true)
    roundsApi.close(workspace.id, roundId, token).then((r) => {
      setBusy(false)
      announce(r.ok ? `Vote closed: ${r.value.result.voters} people voted. The lists are ranked by their dots.` : r.error.message)
    })
  }
  return (
    <div className="fb-bottom">
      <PrioritiesPanel
        fishbone={fishbone}
        vote={vote}
        canMark={isFacilitator && !readOnly}
        onMark={(causeId, top) => {
          const r = promoteToRootCause(doc, fishbone.id, causeId, top)
          announce(r.ok ? (top ? 'Marked as a top cause.' : 'No longer a top cause.') : boardErrorText(r.error))
        }}
      />
      <VotePanel
        fishbone={fishbone}
        round={open}
        myDoc={mineDoc}
        mine={mine}
        isFacilitator={isFacilitator && !readOnly}
        canVote={me.role !== 'observer'}
        busy={busy}
        onOpen={onOpen}
        onClose={onClose}
        announce={announce}
      />
    </div>
  )
}
