/**
 * Who has taken part in a round (issue 13), against a real server: named mode names them, anonymous
 * mode sends counts only — checked on the raw HTTP body, not the parsed object — and a coach who
 * runs the round is not counted; only facilitators may ask.
 */
import { describe, expect, it } from 'vitest'
import { RoundParticipation, ROUND_ROUTES } from '../../../shared/api/rounds'
import { readControl, setAnonymity } from '../../../shared/doc/control'
import { addDraft, readDrafts } from '../../../shared/doc/drafts'
import { openBrainstormRound, openVoteRound } from '../../../shared/doc/round-settings'
import { addSwotItem } from '../../../shared/doc/swot'
import { readVotes, setVote } from '../../../shared/doc/votes'
import { waitFor } from '../../helpers/wait'
import { roundsPerTest, stored } from './rounds-helpers'

describe('round participation: who has drafted or voted so far', () => {
  const fx = roundsPerTest()
  const get = (workspaceId: string, roundId: string, token?: string) =>
    fetch(`${fx.server.url}${ROUND_ROUTES.participation(workspaceId, roundId)}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })

  /** A brainstorm in which Ana has written a draft (Ben an empty one, the observer one too). */
  async function brainstorm(mode: 'named' | 'anonymous') {
    const { t, control } = await fx.teamWithSwotBoard()
    setAnonymity(control, mode)
    openBrainstormRound(control, { roundId: 'ideas-1', title: 'Weaknesses', target: { kind: 'swot', boardId: 'swot-1' } }, 2)
    const ana = await fx.clients.doc(`private/${t.ana.member.id}`, t.ana.memberToken)
    addDraft(ana, { draftId: 'draft-a1', roundId: 'ideas-1', slot: 'weaknesses', text: 'Few students reach algebra', now: 3 })
    const ben = await fx.clients.doc(`private/${t.ben.member.id}`, t.ben.memberToken)
    addDraft(ben, { draftId: 'draft-b1', roundId: 'ideas-1', slot: 'threats', now: 4 })
    const olu = await fx.clients.doc(`private/${t.olu.member.id}`, t.olu.memberToken)
    addDraft(olu, { draftId: 'draft-o1', roundId: 'ideas-1', slot: 'threats', text: 'observer idea', now: 4 })
    for (const m of [t.ana, t.ben, t.olu]) await waitFor(async () => readDrafts(await stored(fx.server, t.workspaceId, `private/${m.member.id}`), 'ideas-1').length === 1, 'draft stored')
    await waitFor(async () => {
      const c = readControl(await stored(fx.server, t.workspaceId, 'control'))
      return c.rounds.length === 1 && c.anonymity === mode
    }, 'round stored')
    return t
  }

  it('in named mode the facilitator sees who has submitted drafts, and nobody else can ask (403/401)', async () => {
    const t = await brainstorm('named')
    const res = await get(t.workspaceId, 'ideas-1', t.facilitator.memberToken)
    expect(res.status).toBe(200)
    expect(RoundParticipation.parse(await res.json())).toEqual({
      mode: 'named',
      kind: 'brainstorm',
      status: 'open',
      expected: 2,
      done: 1,
      members: [
        { memberId: t.ana.member.id, displayName: 'Ana Participant', count: 1, done: true },
        { memberId: t.ben.member.id, displayName: 'Ben Participant', count: 0, done: false },
      ],
    })
    for (const who of [t.ana, t.olu]) expect((await get(t.workspaceId, 'ideas-1', who.memberToken)).status).toBe(403)
    expect((await get(t.workspaceId, 'ideas-1')).status).toBe(401)
    expect((await get(t.workspaceId, 'no-such-round', t.facilitator.memberToken)).status).toBe(404)
  })

  it('in anonymous mode the raw response holds counts only: no member id, name or draft text', async () => {
    const t = await brainstorm('anonymous')
    const res = await get(t.workspaceId, 'ideas-1', t.facilitator.memberToken)
    const raw = await res.text()
    expect(JSON.parse(raw)).toEqual({ mode: 'anonymous', kind: 'brainstorm', status: 'open', expected: 2, done: 1 })
    for (const secret of [t.ana.member.id, t.ben.member.id, t.olu.member.id, t.facilitator.member.id, 'Ana Participant', 'Ben Participant', 'Few students']) expect(raw).not.toContain(secret)
  })

  it('counts dots in a vote, and the facilitator only once they vote themselves', async () => {
    const { t, board, control } = await fx.teamWithSwotBoard()
    addSwotItem(board, { boardId: 'swot-1', itemId: 'item-a', quadrant: 'weaknesses', text: 'a', now: 2 })
    openVoteRound(control, { roundId: 'vote-01', title: 'First?', target: { kind: 'swot', boardId: 'swot-1' }, budget: 3, cap: 2 }, 3)
    const rules = { voteId: 'vote-01', budget: 3, cap: 2 }
    const ana = await fx.clients.doc(`private/${t.ana.member.id}`, t.ana.memberToken)
    setVote(ana, { ...rules, itemId: 'item-a', count: 2 })
    const votesStored = (m: { member: { id: string } }) => async () => Object.keys(readVotes(await stored(fx.server, t.workspaceId, `private/${m.member.id}`))['vote-01'] ?? {}).length === 1
    await waitFor(votesStored(t.ana), 'votes stored')
    await waitFor(async () => readControl(await stored(fx.server, t.workspaceId, 'control')).rounds.length === 1, 'round stored')
    const first = RoundParticipation.parse(await (await get(t.workspaceId, 'vote-01', t.facilitator.memberToken)).json())
    expect(first).toMatchObject({ kind: 'vote', expected: 2, done: 1 })
    expect(first.mode === 'named' && first.members.find((m) => m.displayName === 'Ana Participant')?.count).toBe(2)

    const coach = await fx.clients.doc(`private/${t.facilitator.member.id}`, t.facilitator.memberToken)
    setVote(coach, { ...rules, itemId: 'item-a', count: 1 })
    await waitFor(votesStored(t.facilitator), 'the coach’s vote stored')
    expect(RoundParticipation.parse(await (await get(t.workspaceId, 'vote-01', t.facilitator.memberToken)).json())).toMatchObject({ expected: 3, done: 2 })
  })
})
