import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { addPlanItem, setPlanItemText } from '../../../shared/doc/plan'
import { addSwotItem, createSwotBoard } from '../../../shared/doc/swot'
import { readSwot } from '../../../shared/doc/swot-read'
import { addStrategy, setActionResponsible } from '../../../shared/plan/mutations'
import { readPlan } from '../../../shared/plan/read'
import { SnapshotDetail, SnapshotDiff, SnapshotList, SNAPSHOT_ROUTES, type ExportFormat } from '../../../shared/plan/snapshot-api'
import { postJson, threeMembers } from '../../helpers/api'
import { startTestServer, type TestServer } from '../../helpers/server'
import { connectSynced, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { readZipEntry } from '../snapshots/unzip'

const NOW = 1_700_000_000_000
const HOSTILE = '<script>alert("x")</script> Low attendance'

function writeSession(doc: Y.Doc): void {
  const must = (r: { ok: boolean }) => expect(r.ok).toBe(true)
  must(createSwotBoard(doc, { boardId: 'board-1', title: 'Grade 7 math', now: NOW }))
  must(addSwotItem(doc, { boardId: 'board-1', itemId: 'sw-1', quadrant: 'weaknesses', text: HOSTILE, evidence: 'Attendance report', now: NOW }))
  must(addPlanItem(doc, 'priority', { id: 'prio-1', texts: { title: 'Seventh-grade math' } }))
  must(addStrategy(doc, { id: 'strat-1', parentId: 'prio-1', texts: { ifWe: 'coach math teachers', then: 'lessons are standards-based', and: 'students grow' } }))
  must(addPlanItem(doc, 'milestone', { id: 'mile-1', parentId: 'strat-1', texts: { text: 'Coaching cycles running' } }))
  must(addPlanItem(doc, 'action', { id: 'act-1', parentId: 'mile-1', texts: { text: 'Hire a math coach', outputs: 'Signed contract' } }))
  setActionResponsible(doc, 'act-1', { key: 'm-ana', name: 'Ana Ortiz' })
}

describe('plan snapshots over the REST API', () => {
  let server: TestServer
  let members: Awaited<ReturnType<typeof threeMembers>>
  let editor: Client
  let watcher: Client
  const clients: Client[] = []
  const url = (path: string) => `${server.url}${path}`
  const get = (path: string, token: string) => fetch(url(path), { headers: { authorization: `Bearer ${token}` } })
  const snapshot = (summary: unknown, token = members.facilitator.memberToken) => postJson(url(SNAPSHOT_ROUTES.list(members.workspaceId)), { summary }, token)

  beforeAll(async () => {
    server = await startTestServer()
    members = await threeMembers(server.url)
    editor = await connectSynced(server.url, members.workspaceId, 'board', members.participant.memberToken)
    // the observer's copy shows when an edit has passed through (and so is in) the server's live document
    watcher = await connectSynced(server.url, members.workspaceId, 'board', members.observer.memberToken)
    clients.push(editor, watcher)
    writeSession(editor.doc)
    await waitFor(() => readPlan(watcher.doc).priorities[0]?.strategies[0]?.milestones[0]?.actions.length === 1 && readSwot(watcher.doc).boards.length === 1, 'the session on the server')
  })
  afterAll(async () => {
    for (const c of clients) c.destroy()
    await server.stop()
  })

  it('snapshots, keeps version 1 unchanged after an edit, and diffs the two versions', async () => {
    const first = await snapshot('First draft after the root-cause session')
    expect(first.status).toBe(201)
    const v1 = SnapshotDetail.parse(await first.json())
    expect(v1).toMatchObject({ version: 1, authorName: 'Coach Kim', summary: 'First draft after the root-cause session' })
    expect(v1.plan.sections.planning.priorities[0]?.strategies[0]?.milestones[0]?.actions[0]?.text).toBe('Hire a math coach')
    expect(v1.plan.sections.needs.questions[0]?.fromSession).toContain('1 participant took part, led by 1 facilitator.')

    setPlanItemText(editor.doc, 'action', 'act-1', 'text', 'Hire two math coaches')
    await waitFor(() => readPlan(watcher.doc).priorities[0]?.strategies[0]?.milestones[0]?.actions[0]?.text === 'Hire two math coaches', 'the edit on the server')
    const second = await snapshot('Two coaches, per the budget review')
    const v2 = SnapshotDetail.parse(await second.json())
    expect(v2.version).toBe(2)

    const again = SnapshotDetail.parse(await (await get(SNAPSHOT_ROUTES.one(members.workspaceId, 1), members.observer.memberToken)).json())
    expect(again).toEqual(v1)
    const field = (d: SnapshotDetail, id: string) => d.plan.sections.atAGlance.fields.find((f) => f.id === id)?.value
    expect(field(v2, 'dateOfPlan')).toBe(field(v1, 'dateOfPlan'))
    expect(field(v2, 'updateSummary')).toBe('Two coaches, per the budget review')

    const diff = SnapshotDiff.parse(await (await get(SNAPSHOT_ROUTES.diff(members.workspaceId, 1, 2), members.participant.memberToken)).json())
    expect(diff.changes).toContainEqual({
      kind: 'changed', section: 'planning', before: 'Hire a math coach', after: 'Hire two math coaches',
      path: 'sections.planning.priorities[prio-1].strategies[strat-1].milestones[mile-1].actions[act-1].text',
    })
    expect(diff.summary.planning?.changed).toBeGreaterThanOrEqual(1)

    const list = SnapshotList.parse(await (await get(SNAPSHOT_ROUTES.list(members.workspaceId), members.observer.memberToken)).json())
    expect(list.snapshots.map((s) => [s.version, s.summary])).toEqual([[1, 'First draft after the root-cause session'], [2, 'Two coaches, per the budget review']])
  })

  it.each([
    ['a participant', () => members.participant.memberToken, 403],
    ['an observer', () => members.observer.memberToken, 403],
    ['a stranger', () => 'x'.repeat(43), 401],
  ])('refuses a snapshot from %s', async (_who, token, status) => {
    expect((await snapshot('Sneaky version', token())).status).toBe(status)
  })

  it.each([
    [{ summary: '   ' }, 'summary'],
    [{}, 'summary'],
    [{ summary: 'ok', extra: 1 }, ''],
  ])('refuses a snapshot without a proper summary (%o)', async (body, field) => {
    const res = await postJson(url(SNAPSHOT_ROUTES.list(members.workspaceId)), body, members.facilitator.memberToken)
    expect(res.status).toBe(400)
    if (field) expect(((await res.json()) as { error: { field?: string } }).error.field).toBe(field)
  })

  it.each([
    ['/snapshots/0', 400],
    ['/snapshots/abc', 400],
    ['/snapshots/999', 404],
    ['/snapshots/1/diff/x', 400],
    ['/snapshots/1/export.exe', 400],
  ])('validates %s', async (path, status) => {
    expect((await get(`/api/workspaces/${members.workspaceId}${path}`, members.facilitator.memberToken)).status).toBe(status)
  })

  it('exports a DOCX whose document.xml has the Tool A headings and the action in a table cell', async () => {
    const res = await get(SNAPSHOT_ROUTES.export(members.workspaceId, 1, 'docx'), members.observer.memberToken)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="improvement-plan-riverside-usd-v1.docx"')
    const xml = readZipEntry(Buffer.from(await res.arrayBuffer()), 'word/document.xml') ?? ''
    for (const heading of ['At-A-Glance', 'School Strategic Direction', 'Needs Assessment', 'Priority Planning &amp; Reporting', 'Reporting']) expect(xml).toContain(`>${heading}</w:t>`)
    const cells = [...xml.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => [...(c[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    expect(cells).toContain('1.1.1.1 Hire a math coach')
    expect(cells).toContain('Ana Ortiz')
  })

  it.each<[ExportFormat, string, string]>([
    ['md', 'text/markdown; charset=utf-8', '&lt;script&gt;alert("x")&lt;/script&gt;'],
    ['html', 'text/html; charset=utf-8', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
  ])('exports %s with the typed <script> as text, never markup', async (format, type, escaped) => {
    const res = await get(SNAPSHOT_ROUTES.export(members.workspaceId, 1, format), members.participant.memberToken)
    expect(res.headers.get('content-type')).toBe(type)
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="[a-z0-9-]+-v1\\.${format}"$`))
    const text = await res.text()
    expect(text).not.toContain('<script>')
    expect(text).toContain(escaped)
  })

  it('exports JSON that is the stored plan', async () => {
    const res = await get(SNAPSHOT_ROUTES.export(members.workspaceId, 1, 'json'), members.participant.memberToken)
    const one = SnapshotDetail.parse(await (await get(SNAPSHOT_ROUTES.one(members.workspaceId, 1), members.participant.memberToken)).json())
    expect(await res.json()).toEqual(one.plan)
  })

  it('stores the board state each version came from', async () => {
    const row = await server.storage.getSnapshot(members.workspaceId, 1)
    expect(row.ok && row.value && row.value.docState.byteLength).toBeGreaterThan(100)
  })
})
