import { describe, expect, it } from 'vitest'
import { RevealResponse } from '../../../shared/api/rounds'
import { readControl, setAnonymity } from '../../../shared/doc/control'
import { addDraft, draftText, readDrafts } from '../../../shared/doc/drafts'
import { openBrainstormRound } from '../../../shared/doc/round-settings'
import { deleteSwotBoard } from '../../../shared/doc/swot'
import { readSwot } from '../../../shared/doc/swot-read'
import { rawConnect } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { roundAction, roundsPerTest, stored, wireText } from './rounds-helpers'

const BEN_SECRET = 'Ben-private-draft-7th-grade'

describe('silent brainstorming: drafts stay private until the facilitator reveals them', () => {
  const fx = roundsPerTest()

  /** A board, an open round, and Ben's draft stored in his private document. */
  async function openWithDraft(anonymous = false) {
    const { t, board, control } = await fx.teamWithSwotBoard()
    if (anonymous) setAnonymity(control, 'anonymous')
    openBrainstormRound(control, { roundId: 'ideas-1', title: 'Weaknesses', target: { kind: 'swot', boardId: 'swot-1' } }, 2)
    const benPrivate = await fx.clients.doc(`private/${t.ben.member.id}`, t.ben.memberToken)
    addDraft(benPrivate, { draftId: 'draft-b1', roundId: 'ideas-1', slot: 'weaknesses', text: BEN_SECRET, now: 3 })
    draftText(benPrivate, 'draft-b1', 'evidence')?.insert(0, 'MAP winter scores')
    addDraft(benPrivate, { draftId: 'draft-b2', roundId: 'ideas-1', slot: 'threats', now: 4 })
    const anaPrivate = await fx.clients.doc(`private/${t.ana.member.id}`, t.ana.memberToken)
    addDraft(anaPrivate, { draftId: 'draft-a1', roundId: 'ideas-1', slot: 'strengths', text: 'Ana: strong PLCs', now: 5 })
    await waitFor(async () => readDrafts(await stored(fx.server, t.workspaceId, `private/${t.ben.member.id}`), 'ideas-1').length === 2, 'Ben’s drafts stored')
    await waitFor(async () => readDrafts(await stored(fx.server, t.workspaceId, `private/${t.ana.member.id}`), 'ideas-1').length === 1, 'Ana’s draft stored')
    await waitFor(async () => readControl(await stored(fx.server, t.workspaceId, 'control')).rounds.length === 1, 'round stored')
    return { ...t, board, control, benPrivate }
  }

  it('before reveal, another member’s socket to Ben’s private document is refused with 403 and nothing of his is on board, control or published', async () => {
    const t = await openWithDraft()
    await expect(rawConnect(fx.server.url, `${t.workspaceId}/private/${t.ben.member.id}`, t.ana.memberToken)).rejects.toThrow('HTTP 403')
    await expect(rawConnect(fx.server.url, `${t.workspaceId}/private/${t.ben.member.id}`, t.olu.memberToken)).rejects.toThrow('HTTP 403')
    // even the facilitator cannot read it: only the server does, at reveal
    await expect(rawConnect(fx.server.url, `${t.workspaceId}/private/${t.ben.member.id}`, t.facilitator.memberToken)).rejects.toThrow('HTTP 403')
    for (const name of ['board', 'control', 'published']) {
      const seenByAna = await fx.clients.doc(name, t.ana.memberToken)
      expect(wireText(seenByAna)).not.toContain(BEN_SECRET)
      expect(wireText(await stored(fx.server, t.workspaceId, name))).not.toContain(BEN_SECRET)
    }
  })

  it.each([
    ['a participant', 'ana', 403],
    ['an observer', 'olu', 403],
    ['nobody (no token)', undefined, 401],
  ] as const)('refuses a reveal by %s and reveals nothing', async (_who, member, status) => {
    const t = await openWithDraft()
    const token = member === undefined ? undefined : t[member].memberToken
    const res = await roundAction(fx.server.url, t.workspaceId, 'ideas-1', 'reveal', token)
    expect(res.status).toBe(status)
    expect(wireText(await stored(fx.server, t.workspaceId, 'board'))).not.toContain(BEN_SECRET)
    expect(readControl(await stored(fx.server, t.workspaceId, 'control')).rounds[0]?.status).toBe('open')
  })

  it('on reveal, puts every member’s drafts on the board with their authors, drops empty ones, clears the drafts and marks the round revealed', async () => {
    const t = await openWithDraft()
    const res = await roundAction(fx.server.url, t.workspaceId, 'ideas-1', 'reveal', t.facilitator.memberToken)
    expect(res.status).toBe(200)
    expect(RevealResponse.parse(await res.json())).toEqual({ roundId: 'ideas-1', status: 'revealed', revealed: 2, contributors: 2, skipped: [] })
    const board = readSwot(await stored(fx.server, t.workspaceId, 'board')).boards[0]
    expect(board?.quadrants.weaknesses.map((i) => [i.text, i.evidence, i.authorId, i.source])).toEqual([
      [BEN_SECRET, 'MAP winter scores', t.ben.member.id, { kind: 'brainstorm' }],
    ])
    expect(board?.quadrants.strengths.map((i) => [i.text, i.authorId])).toEqual([['Ana: strong PLCs', t.ana.member.id]])
    expect(board?.quadrants.threats).toEqual([])
    await waitFor(() => readDrafts(t.benPrivate, 'ideas-1').length === 0, 'Ben’s drafts cleared on his own client')
    await waitFor(() => readControl(t.control).rounds[0]?.status === 'revealed', 'round marked revealed for everyone')
    const again = await roundAction(fx.server.url, t.workspaceId, 'ideas-1', 'reveal', t.facilitator.memberToken)
    expect(again.status).toBe(409)
  })

  it('in anonymous mode, revealed items carry no author and no member id appears anywhere on the board', async () => {
    const t = await openWithDraft(true)
    const res = await roundAction(fx.server.url, t.workspaceId, 'ideas-1', 'reveal', t.facilitator.memberToken)
    expect(res.status).toBe(200)
    const boardDoc = await stored(fx.server, t.workspaceId, 'board')
    const items = Object.values(readSwot(boardDoc).boards[0]?.quadrants ?? {}).flat()
    expect(items.map((i) => i.text).sort()).toEqual(['Ana: strong PLCs', BEN_SECRET])
    for (const i of items) expect(i).not.toHaveProperty('authorId')
    for (const id of [t.ana.member.id, t.ben.member.id]) expect(wireText(boardDoc)).not.toContain(id)
  })

  it.each([
    ['an unknown round', 'nope-123', 404],
    ['a malformed round id', 'x', 404],
  ])('answers %s with %i', async (_name, roundId, status) => {
    const t = await openWithDraft()
    expect((await roundAction(fx.server.url, t.workspaceId, roundId, 'reveal', t.facilitator.memberToken)).status).toBe(status)
  })

  it('refuses to reveal a vote round (409) and a body with unknown fields (400)', async () => {
    const t = await openWithDraft()
    expect((await roundAction(fx.server.url, t.workspaceId, 'ideas-1', 'reveal', t.facilitator.memberToken, { everything: true })).status).toBe(400)
    expect((await roundAction(fx.server.url, t.workspaceId, 'ideas-1', 'close', t.facilitator.memberToken)).status).toBe(409)
  })

  it('places drafts for a deleted board nowhere and says so (409), keeping the drafts', async () => {
    const t = await openWithDraft()
    deleteSwotBoard(t.board, 'swot-1')
    await waitFor(async () => readSwot(await stored(fx.server, t.workspaceId, 'board')).boards.length === 0, 'board deletion stored')
    expect((await roundAction(fx.server.url, t.workspaceId, 'ideas-1', 'reveal', t.facilitator.memberToken)).status).toBe(409)
    expect(readDrafts(await stored(fx.server, t.workspaceId, `private/${t.ben.member.id}`), 'ideas-1')).toHaveLength(2)
  })
})
