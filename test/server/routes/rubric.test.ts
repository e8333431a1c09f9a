import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { RevealResult, RubricProgress, RUBRIC_ROUTES } from '../../../shared/api/rubric'
import type { Session } from '../../../shared/api/contract'
import { LEA_SELF_REFLECTION } from '../../../shared/content/lea-self-reflection'
import { readControl, setAnonymity } from '../../../shared/doc/control'
import { readPublishedRubric, setEvidence, setPick } from '../../../shared/doc/rubric'
import { postJson, join, threeMembers } from '../../helpers/api'
import { startTestServer, type TestServer } from '../../helpers/server'
import { connectSynced, rawConnect, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'

/** Everything a document holds, as bytes: ids and texts are UTF-8 inside Yjs updates, so a substring search finds them. */
const docBytes = (doc: Y.Doc): string => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('latin1')

describe('rubric routes: content, progress, reveal and reopen against a real server', () => {
  let server: TestServer
  const clients: Client[] = []
  beforeEach(async () => {
    server = await startTestServer()
  })
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy()
    await server.stop()
  })

  const open = async (workspaceId: string, doc: string, token: string) => {
    const c = await connectSynced(server.url, workspaceId, doc, token)
    clients.push(c)
    return c
  }
  const get = (path: string, token?: string) => fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
  const progress = async (workspaceId: string, token: string) => RubricProgress.parse(await (await get(RUBRIC_ROUTES.progress(workspaceId), token)).json())

  /** Scores `picks` (element → level) with evidence in the member's own private document, as their browser would. */
  const score = async (workspaceId: string, member: Session, picks: Record<string, number>, evidence: string) => {
    const mine = await open(workspaceId, `private/${member.member.id}`, member.memberToken)
    for (const [el, level] of Object.entries(picks)) {
      expect(setPick(mine.doc, el, level).ok).toBe(true)
      expect(setEvidence(mine.doc, el, `${evidence} on ${el}`).ok).toBe(true)
    }
    return mine
  }

  /** A workspace with a facilitator and participants A and B; B is the one who must not learn A's picks. */
  const team = async () => {
    const three = await threeMembers(server.url)
    const memberB = await join(server.url, three.created, 'participant', 'Bea Bystander')
    return { ...three, memberA: three.participant, memberB }
  }

  it('serves the rubric content read-only without a token, and 404 for an unknown rubric', async () => {
    const res = await get(RUBRIC_ROUTES.content('lea-self-reflection'))
    expect(res.status).toBe(200)
    const body = (await res.json()) as typeof LEA_SELF_REFLECTION
    expect(body.domains.map((d) => d.practices.reduce((n, p) => n + p.elements.length, 0))).toEqual([11, 9, 8, 9])
    expect(body.source.attribution).toContain('CC BY 4.0')
    expect((await get(RUBRIC_ROUTES.content('nope'))).status).toBe(404)
    expect((await get(RUBRIC_ROUTES.content('toString'))).status).toBe(404)
  })

  it("before the reveal, member B cannot open A's private document nor find any pick or evidence of A's in board, published or control", async () => {
    const { workspaceId, facilitator, memberA, memberB } = await team()
    await score(workspaceId, memberA, { '1a1': 3, '2a1': 0 }, 'A-secret-evidence')
    await waitFor(async () => (await progress(workspaceId, facilitator.memberToken)).startedCount === 1, 'the server to hold A’s picks')

    await expect(rawConnect(server.url, `${workspaceId}/private/${memberA.member.id}`, memberB.memberToken)).rejects.toThrow('HTTP 403')
    for (const name of ['board', 'published', 'control']) {
      const seen = docBytes((await open(workspaceId, name, memberB.memberToken)).doc)
      expect(seen, name).not.toContain('A-secret-evidence')
      expect(seen, name).not.toContain(memberA.member.id)
    }
    const published = await open(workspaceId, 'published', memberB.memberToken)
    expect(readPublishedRubric(published.doc)).toEqual({ ok: true, value: null })
  })

  it.each([
    ['read progress', (id: string, token: string) => get(RUBRIC_ROUTES.progress(id), token)],
    ['trigger a reveal', (id: string, token: string) => postJson(`${server.url}${RUBRIC_ROUTES.reveal(id)}`, { domains: 'all' }, token)],
    ['reopen scoring', (id: string, token: string) => postJson(`${server.url}${RUBRIC_ROUTES.reopen(id)}`, { domains: 'all' }, token)],
  ])('a participant cannot %s (403), and nothing is published', async (_what, call) => {
    const { workspaceId, participant } = await threeMembers(server.url)
    await score(workspaceId, participant, { '1a1': 2 }, 'mine')
    expect((await call(workspaceId, participant.memberToken)).status).toBe(403)
    expect((await call(workspaceId, 'not-a-real-token-at-all')).status).toBe(401)
    const published = await open(workspaceId, 'published', participant.memberToken)
    const control = await open(workspaceId, 'control', participant.memberToken)
    expect(readPublishedRubric(published.doc)).toEqual({ ok: true, value: null })
    expect(readControl(control.doc).revealedDomains).toEqual([])
  })

  it('refuses a reveal naming an unknown domain or a malformed body with 400 and the field', async () => {
    const { workspaceId, facilitator } = await threeMembers(server.url)
    const reveal = (body: unknown) => postJson(`${server.url}${RUBRIC_ROUTES.reveal(workspaceId)}`, body, facilitator.memberToken)
    for (const body of [{ domains: ['9'] }, { domains: [] }, { domains: 'some' }, {}]) {
      const res = await reveal(body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(((await res.json()) as { error: { field?: string } }).error.field).toBe('domains')
    }
  })

  it('in anonymous mode, after the reveal no document B can read contains A’s member id, and progress carries counts only', async () => {
    const { workspaceId, facilitator, memberA, memberB } = await team()
    const control = await open(workspaceId, 'control', facilitator.memberToken)
    setAnonymity(control.doc, 'anonymous')
    await score(workspaceId, memberA, { '1a1': 0, '1a2': 3 }, 'A wrote this')
    await score(workspaceId, memberB, { '1a1': 3, '1a2': 3 }, 'B wrote this')
    await waitFor(async () => (await progress(workspaceId, facilitator.memberToken)).startedCount === 2, 'both submissions stored')

    const counts = await progress(workspaceId, facilitator.memberToken)
    expect(counts).toEqual({ mode: 'anonymous', total: 37, memberCount: 2, startedCount: 2, finishedCount: 0, unreadableCount: 0 })
    const res = await postJson(`${server.url}${RUBRIC_ROUTES.reveal(workspaceId)}`, { domains: 'all' }, facilitator.memberToken)
    expect(RevealResult.parse(await res.json())).toEqual({ revealedDomains: ['1', '2', '3', '4'], mode: 'anonymous', memberCount: 2, skipped: [] })

    const published = await open(workspaceId, 'published', memberB.memberToken)
    await waitFor(() => readPublishedRubric(published.doc).ok && (readPublishedRubric(published.doc) as { value: unknown }).value, 'the publication to arrive')
    for (const name of ['board', 'published', 'control']) {
      const doc = (await open(workspaceId, name, memberB.memberToken)).doc
      expect(docBytes(doc), name).not.toContain(memberA.member.id)
      expect(JSON.stringify(doc.toJSON()), name).not.toContain(memberA.member.id)
    }
    const result = readPublishedRubric(published.doc)
    if (!result.ok || !result.value) throw new Error('no publication')
    const { publication } = result.value
    expect(publication.mode).toBe('anonymous')
    const el = publication.elements.find((e) => e.elementId === '1a1')
    expect(el).toMatchObject({ n: 2, counts: [1, 0, 0, 1], disagreement: true })
    expect([...(el?.evidence ?? [])].sort()).toEqual(['A wrote this on 1a1', 'B wrote this on 1a1'])
    expect(JSON.stringify(await progress(workspaceId, facilitator.memberToken))).not.toContain(memberA.member.id)
  })

  it('counts the facilitator as a scorer only once they score: "0 of 2 finished", not "0 of 3"', async () => {
    const { workspaceId, facilitator, memberA } = await team()
    const before = await progress(workspaceId, facilitator.memberToken)
    expect(before).toMatchObject({ memberCount: 2, startedCount: 0, finishedCount: 0 })
    expect(before.mode === 'named' && before.members.map((m) => m.displayName)).toEqual(['Pat Participant', 'Bea Bystander'])
    await score(workspaceId, memberA, { '1a1': 1 }, 'A')
    await score(workspaceId, facilitator, { '1a1': 2 }, 'coach')
    await waitFor(async () => (await progress(workspaceId, facilitator.memberToken)).startedCount === 2, 'both submissions stored')
    expect(await progress(workspaceId, facilitator.memberToken)).toMatchObject({ memberCount: 3, startedCount: 2 })
  })

  it('named mode publishes who picked what; reopening withdraws a domain and a re-reveal counts a late joiner', async () => {
    const { workspaceId, created, facilitator, memberA, memberB } = await team()
    await score(workspaceId, memberA, { '1a1': 1, '2a1': 2 }, 'A')
    await score(workspaceId, memberB, { '1a1': 2 }, 'B')
    await waitFor(async () => (await progress(workspaceId, facilitator.memberToken)).startedCount === 2, 'both submissions stored')
    const named = await progress(workspaceId, facilitator.memberToken)
    expect(named.mode === 'named' && named.members.find((m) => m.memberId === memberA.member.id)).toMatchObject({ displayName: 'Pat Participant', scored: 2, finished: false })

    const reveal = (path: string, domains: unknown) => postJson(`${server.url}${path}`, { domains }, facilitator.memberToken)
    expect((await reveal(RUBRIC_ROUTES.reveal(workspaceId), ['1'])).status).toBe(200)
    const published = await open(workspaceId, 'published', memberB.memberToken)
    const control = await open(workspaceId, 'control', memberB.memberToken)
    const current = () => {
      const r = readPublishedRubric(published.doc)
      return r.ok ? r.value : null
    }
    await waitFor(() => current() && readControl(control.doc).revealedDomains.length === 1, 'domain 1 revealed')
    const first = current()
    if (first?.publication.mode !== 'named') throw new Error('expected a named publication')
    expect(first.revealedDomains).toEqual(['1'])
    expect(first.publication.elements.every((e) => e.domainId === '1')).toBe(true)
    expect(first.publication.elements.find((e) => e.elementId === '1a1')?.picks).toEqual({ [memberA.member.id]: 1, [memberB.member.id]: 2 })
    // the same byte scan the anonymous test relies on does find an id when one is there
    expect(docBytes(published.doc)).toContain(memberA.member.id)

    expect((await reveal(RUBRIC_ROUTES.reopen(workspaceId), ['1'])).status).toBe(200)
    await waitFor(() => current() === null && readControl(control.doc).revealedDomains.length === 0, 'domain 1 withdrawn')

    const late = await join(server.url, created, 'participant', 'Lee Latecomer')
    await score(workspaceId, late, { '1a1': 3 }, 'late')
    await waitFor(async () => (await progress(workspaceId, facilitator.memberToken)).startedCount === 3, 'the late joiner’s picks stored')
    const again = RevealResult.parse(await (await reveal(RUBRIC_ROUTES.reveal(workspaceId), 'all')).json())
    expect(again.memberCount).toBe(3)
    await waitFor(() => current()?.revealedDomains.length === 4, 'every domain revealed')
    expect(current()?.publication.elements.find((e) => e.elementId === '1a1')).toMatchObject({ n: 3, counts: [0, 1, 1, 1] })
  })
})
