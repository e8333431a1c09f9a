import { describe, expect, it } from 'vitest'
import { CloseVoteResponse } from '../../../shared/api/rounds'
import { readControl } from '../../../shared/doc/control'
import { addCause } from '../../../shared/doc/fishbone-causes'
import { createFishbone } from '../../../shared/doc/fishbone'
import { openVoteRound } from '../../../shared/doc/round-settings'
import { privateRoot, publishedRoot } from '../../../shared/doc/schema'
import { addSwotItem } from '../../../shared/doc/swot'
import { readVoteResult } from '../../../shared/doc/vote-results'
import { readVotes, setVote, voteKey } from '../../../shared/doc/votes'
import { rawConnect } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { roundAction, roundsPerTest, stored } from './rounds-helpers'

const rules = { voteId: 'vote-01', budget: 3, cap: 2 }

describe('dot voting: votes stay private until the facilitator closes the round', () => {
  const fx = roundsPerTest()

  /** Three SWOT items, an open vote (budget 3, cap 2), and dots in Ana's and Ben's private documents. */
  async function openWithVotes() {
    const { t, board, control } = await fx.teamWithSwotBoard()
    for (const id of ['item-a', 'item-b', 'item-c']) addSwotItem(board, { boardId: 'swot-1', itemId: id, quadrant: 'weaknesses', text: id, now: 2 })
    openVoteRound(control, { roundId: 'vote-01', title: 'Which weakness first?', target: { kind: 'swot', boardId: 'swot-1' }, budget: 3, cap: 2 }, 3)
    const ana = await fx.clients.doc(`private/${t.ana.member.id}`, t.ana.memberToken)
    setVote(ana, { ...rules, itemId: 'item-a', count: 2 })
    setVote(ana, { ...rules, itemId: 'item-b', count: 1 })
    const ben = await fx.clients.doc(`private/${t.ben.member.id}`, t.ben.memberToken)
    setVote(ben, { ...rules, itemId: 'item-a', count: 1 })
    // a hostile client skips setVote's checks: a forged item and an over-cap count must count zero
    ben.transact(() => {
      privateRoot(ben, 'votes').set(voteKey('vote-01', 'forged-item'), 2)
      privateRoot(ben, 'votes').set(voteKey('vote-01', 'item-c'), 9)
    })
    // an observer's dots never count
    const olu = await fx.clients.doc(`private/${t.olu.member.id}`, t.olu.memberToken)
    setVote(olu, { ...rules, itemId: 'item-c', count: 2 })
    for (const [m, n] of [[t.ana, 2], [t.ben, 3], [t.olu, 1]] as const)
      await waitFor(async () => Object.keys(readVotes(await stored(fx.server, t.workspaceId, `private/${m.member.id}`))['vote-01'] ?? {}).length === n, 'votes stored')
    await waitFor(async () => readControl(await stored(fx.server, t.workspaceId, 'control')).rounds.length === 1, 'round stored')
    return { ...t, board, control }
  }

  it('before close, another member cannot open Ana’s private document (403) and published holds no result', async () => {
    const t = await openWithVotes()
    for (const who of [t.ben, t.olu, t.facilitator])
      await expect(rawConnect(fx.server.url, `${t.workspaceId}/private/${t.ana.member.id}`, who.memberToken)).rejects.toThrow('HTTP 403')
    const published = await fx.clients.doc('published', t.ben.memberToken)
    expect(readVoteResult(published, 'vote-01')).toBeUndefined()
    expect(publishedRoot(published).size).toBe(0)
  })

  it.each([
    ['a participant', 'ana', 403],
    ['an observer', 'olu', 403],
  ] as const)('refuses a close by %s and publishes nothing', async (_who, member, status) => {
    const t = await openWithVotes()
    expect((await roundAction(fx.server.url, t.workspaceId, 'vote-01', 'close', t[member].memberToken)).status).toBe(status)
    expect(readVoteResult(await stored(fx.server, t.workspaceId, 'published'), 'vote-01')).toBeUndefined()
  })

  it('on close, tallies every participant’s dots under the round’s rules, publishes totals only and marks the round closed', async () => {
    const t = await openWithVotes()
    const res = await roundAction(fx.server.url, t.workspaceId, 'vote-01', 'close', t.facilitator.memberToken)
    expect(res.status).toBe(200)
    const body = CloseVoteResponse.parse(await res.json())
    expect(body.result.totals).toEqual({ 'item-a': 3, 'item-b': 1 })
    expect(body).toMatchObject({ status: 'closed', ignored: 2, result: { voters: 2, budget: 3, cap: 2, target: { kind: 'swot', boardId: 'swot-1' } } })
    const published = await fx.clients.doc('published', t.ana.memberToken)
    expect(readVoteResult(published, 'vote-01')?.totals).toEqual({ 'item-a': 3, 'item-b': 1 })
    for (const m of [t.ana, t.ben]) expect(JSON.stringify(publishedRoot(published).toJSON())).not.toContain(m.member.id)
    await waitFor(() => readControl(t.control).rounds[0]?.status === 'closed', 'round closed for everyone')
    expect((await roundAction(fx.server.url, t.workspaceId, 'vote-01', 'close', t.facilitator.memberToken)).status).toBe(409)
  })

  it('is generic over item ids: a vote on a fishbone counts its causes', async () => {
    const t = await openWithVotes()
    createFishbone(t.board, { fishboneId: 'fish-1', headText: 'Low 7th-grade math', now: 5 })
    addCause(t.board, { fishboneId: 'fish-1', causeId: 'cause-1', boneId: 'leadership', text: 'No common planning time', now: 6 })
    addCause(t.board, { fishboneId: 'fish-1', causeId: 'cause-2', boneId: 'culture', text: 'Low expectations', now: 7 })
    openVoteRound(t.control, { roundId: 'vote-02', title: 'Top causes', target: { kind: 'fishbone', fishboneId: 'fish-1' }, budget: 2, cap: 1 }, 8)
    const ana = await fx.clients.doc(`private/${t.ana.member.id}`, t.ana.memberToken)
    setVote(ana, { voteId: 'vote-02', budget: 2, cap: 1, itemId: 'cause-1', count: 1 })
    setVote(ana, { voteId: 'vote-02', budget: 2, cap: 1, itemId: 'cause-2', count: 1 })
    await waitFor(async () => Object.keys(readVotes(await stored(fx.server, t.workspaceId, `private/${t.ana.member.id}`))['vote-02'] ?? {}).length === 2, 'votes stored')
    await waitFor(async () => readControl(await stored(fx.server, t.workspaceId, 'control')).rounds.length === 2, 'round stored')
    const res = await roundAction(fx.server.url, t.workspaceId, 'vote-02', 'close', t.facilitator.memberToken)
    expect(res.status).toBe(200)
    expect(CloseVoteResponse.parse(await res.json()).result.totals).toEqual({ 'cause-1': 1, 'cause-2': 1 })
  })
})
