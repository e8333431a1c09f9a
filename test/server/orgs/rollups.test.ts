import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MONITORING_ROUTES } from '../../../shared/api/monitoring'
import { CopiedStrategy, LibraryResponse, Portfolio } from '../../../shared/api/orgs'
import { setEvidence, setPick } from '../../../shared/doc/rubric'
import { CauseRollup, PlanRollup, RubricHeatmap } from '../../../shared/domain/portfolio/schema'
import { readPlan } from '../../../shared/plan/read'
import { planItem } from '../../../shared/doc/plan'
import { createWorkspace, join, postJson } from '../../helpers/api'
import { API } from '../../../shared/api/routes'
import { coachFetch, startServerWithIdp, type WithIdp } from '../../helpers/coach'
import type { CookieJar } from '../../helpers/oidc'
import { seedSchool, type SchoolSpec } from '../../helpers/schools'
import { connectSynced } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'

let env: WithIdp
let coach: CookieJar
let org: string
const schools: { id: string; token: string }[] = []
const PRIVATE = 'PRIVATE-PICK-EVIDENCE-never-in-a-roll-up'

beforeAll(async () => {
  env = await startServerWithIdp()
  coach = await env.signIn('alex@district-a.org')
  org = ((await (await coachFetch(env.server, coach, '/api/orgs', { method: 'POST', body: { name: 'District A' } })).json()) as { id: string }).id
  const specs: (SchoolSpec & { school: string })[] = [
    { school: 'Adams Elementary', levels: { '1a1': 0, '1a2': 1 }, causes: [{ text: 'No common planning time', code: '1a' }], strategies: [{ priority: 'Math instruction', ifWe: 'protect weekly planning time', then: 'teachers plan standards-based lessons', and: 'students grow in math', code: '1a' }], snapshot: true },
    { school: 'Baker Middle', levels: { '1a1': 0, '1a2': 3 }, causes: [{ text: 'Data meetings skipped', code: '1a' }, { text: 'Pacing guide unused', code: '2b' }], strategies: [], snapshot: false },
    { school: 'Carver High', levels: {}, causes: [], strategies: [], snapshot: false },
  ]
  for (const s of specs) {
    const created = await createWorkspace(env.server.url, `${s.school} — root causes`)
    await seedSchool(env.server.url, created.workspace.id, created.memberToken, s)
    const res = await coachFetch(env.server, coach, `/api/orgs/${org}/workspaces`, { method: 'POST', body: { workspaceId: created.workspace.id, school: s.school }, token: created.memberToken })
    expect(res.status).toBe(201)
    schools.push({ id: created.workspace.id, token: created.memberToken })
    if (s.school === 'Baker Middle') {
      // a participant's private pick and evidence: the roll-ups must never read it
      const pat = await join(env.server.url, created, 'participant', 'Pat Private')
      const priv = await connectSynced(env.server.url, created.workspace.id, `private/${pat.member.id}`, pat.memberToken)
      setPick(priv.doc, '4c1', 0)
      setEvidence(priv.doc, '4c1', PRIVATE)
      const check = await connectSynced(env.server.url, created.workspace.id, `private/${pat.member.id}`, pat.memberToken, new Y.Doc())
      await waitFor(() => check.doc.getMap('rubric').size > 0, 'the private pick to be stored')
      check.destroy()
      priv.destroy()
    }
  }
})
afterAll(() => env.stop())

const get = async (path: string) => {
  const res = await coachFetch(env.server, coach, `/api/orgs/${org}${path}`)
  expect(res.status).toBe(200)
  return res
}

describe('roll-ups across an organisation’s schools', () => {
  it('shows each school’s phase in the portfolio', async () => {
    const p = Portfolio.parse(await (await get('/portfolio')).json())
    expect(p.workspaces.map((w) => [w.school, w.phase])).toEqual([
      ['Adams Elementary', 'final'],
      ['Baker Middle', 'rootCauses'],
      ['Carver High', 'none'],
    ])
    expect(p.workspaces[0]!.priorities.map((x) => x.title)).toEqual(['Math instruction'])
    for (const w of p.workspaces) expect(Date.parse(w.lastActivity)).toBeGreaterThanOrEqual(Date.parse(w.createdAt))
  })

  it('builds the heatmap from the teams’ agreed levels, with counts per level and evidence per cell', async () => {
    const h = RubricHeatmap.parse(await (await get('/rollups/heatmap')).json())
    const el = (id: string) => h.domains.flatMap((d) => d.elements).find((e) => e.id === id)!
    expect(el('1a1').counts).toEqual([2, 0, 0, 0])
    expect(el('1a2').counts).toEqual([0, 1, 0, 1])
    expect(el('1a2').unset).toBe(1)
    expect(el('1a1').cells[0]!.evidence).toContain('Team evidence for 1a1')
    expect(h.schools.map((s) => s.hasRubric)).toEqual([true, true, false])
  })

  it('tallies root causes and strategies by practice code', async () => {
    const causes = CauseRollup.parse(await (await get('/rollups/causes')).json())
    expect(causes.codes.find((c) => c.code === '1a')).toMatchObject({ schools: 2 })
    expect(causes.codes.find((c) => c.code === '2b')).toMatchObject({ schools: 1 })
    const plans = PlanRollup.parse(await (await get('/rollups/plans')).json())
    expect(plans.codes.find((c) => c.code === '1a')?.strategies.map((s) => s.school)).toEqual(['Adams Elementary'])
  })

  it.each(['heatmap', 'causes', 'plans'])('exports the %s roll-up as CSV with the Tool C credit line', async (kind) => {
    const res = await get(`/rollups/${kind}.csv`)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('content-disposition')).toContain(`district-a-${kind}.csv`)
    expect((await res.text()).trimEnd().split('\r\n').at(-1)).toContain('CC BY 4.0')
  })

  it('never reads private documents: a participant’s private evidence is in no roll-up', async () => {
    const all = await Promise.all(['/rollups/heatmap', '/rollups/causes', '/rollups/plans', '/library', '/rollups/heatmap.csv'].map(async (p) => (await get(p)).text()))
    for (const body of all) {
      expect(body).not.toContain(PRIVATE)
      expect(body).not.toContain('Pat Private')
    }
  })

  it('lists the strategies of final plans in the library and copies one into another school’s draft with its source', async () => {
    const lib = LibraryResponse.parse(await (await get('/library')).json())
    expect(lib.strategies).toHaveLength(1)
    const s = lib.strategies[0]!
    expect(s).toMatchObject({ school: 'Adams Elementary', practiceCode: '1a', finalMarked: false, monitoring: null })
    expect(s.statement).toContain('protect weekly planning time')
    const copy = await coachFetch(env.server, coach, `/api/orgs/${org}/library/copy`, {
      method: 'POST',
      body: { sourceWorkspaceId: s.workspaceId, version: s.version, strategyId: s.strategyId, targetWorkspaceId: schools[2]!.id },
    })
    expect(copy.status).toBe(201)
    const ids = CopiedStrategy.parse(await copy.json())
    const board = await connectSynced(env.server.url, schools[2]!.id, 'board', schools[2]!.token)
    const plan = readPlan(board.doc)
    const priority = plan.priorities.find((p) => p.id === ids.priorityId)!
    expect(priority.title).toBe('Math instruction')
    expect(priority.description).toContain("copied from Adams Elementary's plan (version 1)")
    expect(priority.strategies[0]).toMatchObject({ ifWe: 'protect weekly planning time', practiceCode: '1a' })
    expect(priority.strategies[0]!.measures[0]).toMatchObject({ indicator: '% of lessons observed standards-based', target1: '50%' })
    expect(planItem(board.doc, 'strategy', ids.strategyId)?.get('copiedFrom')).toMatchObject({ workspaceId: s.workspaceId, version: 1, school: 'Adams Elementary' })
    board.destroy()
  })

  it('says a library strategy comes from a final plan once its facilitator marks that version final', async () => {
    const before = LibraryResponse.parse(await (await get('/library')).json()).strategies[0]!
    const source = schools.find((x) => x.id === before.workspaceId)!
    const marked = await postJson(`${env.server.url}${API.snapshotFinal.replace(':id', source.id).replace(':version', String(before.version))}`, {}, source.token)
    expect(marked.status).toBe(200)
    const after = LibraryResponse.parse(await (await get('/library')).json()).strategies[0]!
    expect(after).toMatchObject({ workspaceId: before.workspaceId, version: before.version, finalMarked: true })
  })

  it('shows monitoring once a school follows its plan: phase, open coach comments, and how each library strategy did', async () => {
    const adams = schools[0]!
    const follow = await fetch(`${env.server.url}${MONITORING_ROUTES.follow(adams.id)}`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${adams.token}` },
      body: JSON.stringify({ version: 1, yearStart: '2026-08', yearLabel: '2026-27', planYear: 1 }),
    })
    expect(follow.status).toBeLessThan(300)
    const comment = await fetch(`${env.server.url}${MONITORING_ROUTES.threads(adams.id)}`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${adams.token}` },
      body: JSON.stringify({ target: { kind: 'strategy', id: 'strat-1', label: '1.1' }, text: 'Coach Comment-Author-Secret: where are the walkthrough data?' }),
    })
    expect(comment.status).toBeLessThan(300)
    const p = Portfolio.parse(await (await get('/portfolio')).json())
    const row = p.workspaces.find((w) => w.workspaceId === adams.id)!
    expect(row.phase).toBe('monitoring')
    expect(row.monitoring).toEqual({ status: 'active', openComments: 1, behindSchedule: 0 })
    const lib = LibraryResponse.parse(await (await get('/library')).json())
    expect(lib.strategies.find((s) => s.workspaceId === adams.id)?.monitoring).toContain('% of lessons observed standards-based: No data yet')
    expect(JSON.stringify([p, lib])).not.toContain('Comment-Author-Secret')
  })

  it('refuses to copy into a workspace outside the organisation, or into a priority the draft lacks', async () => {
    const lib = LibraryResponse.parse(await (await get('/library')).json())
    const s = lib.strategies[0]!
    const stranger = await createWorkspace(env.server.url, 'Not in the district')
    const body = { sourceWorkspaceId: s.workspaceId, version: s.version, strategyId: s.strategyId }
    expect((await coachFetch(env.server, coach, `/api/orgs/${org}/library/copy`, { method: 'POST', body: { ...body, targetWorkspaceId: stranger.workspace.id } })).status).toBe(404)
    const missing = await coachFetch(env.server, coach, `/api/orgs/${org}/library/copy`, { method: 'POST', body: { ...body, targetWorkspaceId: schools[1]!.id, priorityId: 'nope' } })
    expect(missing.status).toBe(400)
    expect(await missing.text()).toContain('priority')
  })
})
