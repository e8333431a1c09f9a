import { PDFParse } from 'pdf-parse'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MONITORING_ROUTES, ReportDetail } from '../../../shared/api/monitoring'
import { setMonthField } from '../../../shared/doc/monitoring'
import { readMonitoring } from '../../../shared/doc/monitoring-read'
import { readComments } from '../../../shared/doc/comments'
import { readPlan } from '../../../shared/plan/read'
import { QUARTER_ROWS, SEMESTER_ROWS } from '../../../shared/domain/monitoring/implementation'
import { RESULTS_COLUMNS } from '../../../shared/domain/monitoring/results'
import { encodeSyncMessage, SYNC } from '../../../server/sync/protocol'
import { postJson } from '../../helpers/api'
import { serverPerTest, storedDoc } from '../../helpers/fixtures'
import { connectSynced, rawConnect } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { readZipEntry } from '../snapshots/unzip'
import { followedWorkspace } from './setup'

const forged = (root: string) => {
  const d = new Y.Doc()
  d.getMap(root).set('forged', 'written by someone who may not')
  return Y.encodeStateAsUpdate(d)
}

async function pdfText(body: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(body) })
  const { text } = await parser.getText()
  await parser.destroy()
  return text
}

describe('monitoring documents and cadence reports', () => {
  const ctx = serverPerTest()
  const url = (p: string) => `${ctx.server.url}${p}`
  const get = (p: string, token: string) => fetch(url(p), { headers: { authorization: `Bearer ${token}` } })

  it("drops an observer's write to the monitoring document: no peer and no database sees it", async () => {
    const ws = await followedWorkspace(ctx.server.url, ctx.track)
    const raw = await rawConnect(ctx.server.url, `${ws.workspaceId}/monitoring`, ws.observer.memberToken)
    raw.ws.send(encodeSyncMessage(SYNC.update, forged('rows')))
    // a later participant write proves the relay handled everything before it
    setMonthField(ws.monitoring.doc, 'act-1', '2026-08', 'status', 'done', 'Pat')
    const key = `${ws.workspaceId}/monitoring`
    await waitFor(async () => readMonitoring(await storedDoc(ctx.server.storage, key)).rows['act-1']?.months['2026-08']?.status === 'done', 'the participant write stored')
    expect(ws.monitoring.doc.getMap('rows').get('forged')).toBeUndefined()
    expect((await storedDoc(ctx.server.storage, key)).getMap('rows').get('forged')).toBeUndefined()
    raw.ws.close()
  })

  it('refuses a participant’s write to the plan being monitored, closing only that socket, and keeps their row edits', async () => {
    const ws = await followedWorkspace(ctx.server.url, ctx.track)
    const raw = await rawConnect(ctx.server.url, `${ws.workspaceId}/monitoring`, ws.participant.memberToken)
    raw.ws.send(encodeSyncMessage(SYNC.update, forged('plan')))
    expect((await raw.closed).code).toBe(4409)
    const key = `${ws.workspaceId}/monitoring`
    expect((await storedDoc(ctx.server.storage, key)).getMap('plan').get('forged')).toBeUndefined()
    setMonthField(ws.monitoring.doc, 'act-1', '2026-08', 'status', 'done', 'Pat')
    await waitFor(async () => readMonitoring(await storedDoc(ctx.server.storage, key)).rows['act-1']?.months['2026-08']?.status === 'done', 'the row edit stored')
  })

  it('lets observers read monitoring live, and lets nobody but the server write comments', async () => {
    const ws = await followedWorkspace(ctx.server.url, ctx.track)
    const [observerView] = ctx.track(await connectSynced(ctx.server.url, ws.workspaceId, 'monitoring', ws.observer.memberToken))
    setMonthField(ws.monitoring.doc, 'act-2', '2026-09', 'note', 'calendar clash', 'Pat')
    await waitFor(() => readMonitoring(observerView.doc).rows['act-2']?.months['2026-09']?.note === 'calendar clash', 'the observer sees the note')
    const raw = await rawConnect(ctx.server.url, `${ws.workspaceId}/comments`, ws.facilitator.memberToken)
    raw.ws.send(encodeSyncMessage(SYNC.update, forged('threads')))
    const thread = await postJson(url(MONITORING_ROUTES.threads(ws.workspaceId)), { target: { kind: 'action', id: 'act-7', label: 'Action 2.1.1.2 Recruit mentors' }, text: 'Who else could mentor?' }, ws.facilitator.memberToken)
    expect(thread.status).toBe(201)
    const key = `${ws.workspaceId}/comments`
    await waitFor(async () => readComments(await storedDoc(ctx.server.storage, key)).length === 1, 'the thread stored')
    expect((await storedDoc(ctx.server.storage, key)).getMap('threads').get('forged')).toBeUndefined()
    raw.ws.close()
  })

  it.each([
    ['a participant may not start a thread (403)', 'participant', 'thread', 403],
    ['an observer may not reply (403)', 'observer', 'reply', 403],
    ['an observer may not resolve (403)', 'observer', 'resolve', 403],
    ['a participant replies (201)', 'participant', 'reply', 201],
    ['a participant resolves (200)', 'participant', 'resolve', 200],
  ] as const)('comment permissions: %s', async (_l, who, what, status) => {
    const ws = await followedWorkspace(ctx.server.url, ctx.track)
    const created = await postJson(url(MONITORING_ROUTES.threads(ws.workspaceId)), { target: { kind: 'milestone', id: 'mile-3', label: 'Milestone 2.1.1' }, text: 'Check the mentor pool' }, ws.facilitator.memberToken)
    const { id } = (await created.json()) as { id: string }
    const token = ws[who].memberToken
    const res =
      what === 'thread' ? await postJson(url(MONITORING_ROUTES.threads(ws.workspaceId)), { target: { kind: 'action', id: 'act-1', label: '' }, text: 'x' }, token)
      : what === 'reply' ? await postJson(url(MONITORING_ROUTES.replies(ws.workspaceId, id)), { text: 'On it' }, token)
      : await postJson(url(MONITORING_ROUTES.resolve(ws.workspaceId, id)), { resolved: true }, token)
    expect(res.status).toBe(status)
  })

  it('rejects a report whose period does not fit its cadence, naming the field', async () => {
    const ws = await followedWorkspace(ctx.server.url, ctx.track)
    const res = await postJson(url(MONITORING_ROUTES.reports(ws.workspaceId)), { cadence: 'quarterly', period: '2026-10' }, ws.facilitator.memberToken)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe('period')
  })

  it('keeps a cadence report immutable after the monitoring is edited', async () => {
    const ws = await followedWorkspace(ctx.server.url, ctx.track)
    const take = () => postJson(url(MONITORING_ROUTES.reports(ws.workspaceId)), { cadence: 'monthly', period: '2026-09', summary: 'September check-in' }, ws.facilitator.memberToken)
    setMonthField(ws.monitoring.doc, 'act-2', '2026-09', 'status', 'behind', 'Pat')
    await waitFor(async () => readMonitoring(await storedDoc(ctx.server.storage, `${ws.workspaceId}/monitoring`)).rows['act-2']?.months['2026-09']?.status === 'behind', 'stored')
    expect((await take()).status).toBe(201)
    const first = ReportDetail.parse(await (await get(MONITORING_ROUTES.report(ws.workspaceId, 1), ws.observer.memberToken)).json())
    setMonthField(ws.monitoring.doc, 'act-2', '2026-09', 'status', 'done', 'Pat')
    await waitFor(async () => readMonitoring(await storedDoc(ctx.server.storage, `${ws.workspaceId}/monitoring`)).rows['act-2']?.months['2026-09']?.status === 'done', 'stored')
    const again = ReportDetail.parse(await (await get(MONITORING_ROUTES.report(ws.workspaceId, 1), ws.observer.memberToken)).json())
    expect(again).toEqual(first)
    expect(JSON.stringify(first.report.blocks)).toContain('Behind')
    expect((await take()).status).toBe(201)
    const second = ReportDetail.parse(await (await get(MONITORING_ROUTES.report(ws.workspaceId, 2), ws.observer.memberToken)).json())
    expect(JSON.stringify(second.report.blocks)).not.toEqual(JSON.stringify(first.report.blocks))
    const md1 = await (await get(MONITORING_ROUTES.export(ws.workspaceId, 1, 'md'), ws.participant.memberToken)).text()
    expect(md1).toContain('2.1.1.2 Recruit mentors')
  })

  it.each([['md'], ['docx'], ['pdf'], ['html'], ['json']] as const)('the annual report exported as %s contains Tool A’s exact row labels', async (format) => {
    const ws = await followedWorkspace(ctx.server.url, ctx.track)
    expect((await postJson(url(MONITORING_ROUTES.reports(ws.workspaceId)), { cadence: 'annual', period: 'year' }, ws.facilitator.memberToken)).status).toBe(201)
    const res = await get(MONITORING_ROUTES.export(ws.workspaceId, 1, format), ws.observer.memberToken)
    expect(res.status).toBe(200)
    const body = Buffer.from(await res.arrayBuffer())
    const text = format === 'docx' ? (readZipEntry(body, 'word/document.xml') ?? '') : format === 'pdf' ? await pdfText(body) : body.toString('utf8')
    const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/\\&/g, '&').replace(/\\\(/g, '(').replace(/\\\)/g, ')').replace(/\\\//g, '/').replace(/\\\./g, '.')
    // a PDF table cell wraps a long label over lines: compare without white space there
    const squash = (s: string) => (format === 'pdf' ? s.replace(/\s+/g, '') : s)
    for (const label of [...Object.values(QUARTER_ROWS), ...Object.values(SEMESTER_ROWS), ...RESULTS_COLUMNS, '1st Quarter', '2nd Semester']) expect(squash(unescape(text))).toContain(squash(label))
  })

  it('carries the annual review into next year’s draft; the signed version is untouched', async () => {
    const ws = await followedWorkspace(ctx.server.url, ctx.track)
    for (const id of ['act-1', 'act-2', 'act-3', 'act-4', 'act-5']) setMonthField(ws.monitoring.doc, id, '2027-05', 'status', 'done', 'Pat')
    await waitFor(async () => readMonitoring(await storedDoc(ctx.server.storage, `${ws.workspaceId}/monitoring`)).rows['act-5']?.months['2027-05']?.status === 'done', 'stored')
    const res = await postJson(url(MONITORING_ROUTES.carryForward(ws.workspaceId)), { confirm: true }, ws.facilitator.memberToken)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ finished: ['Strategy 1.1 (2 of 2 milestones complete)'], carried: ['Strategy 2.1 (0 of 1 milestones complete)'] })
    await waitFor(() => readPlan(ws.board.doc).priorities[1]?.strategies.length === 1 && readPlan(ws.board.doc).priorities[0]?.strategies.length === 0, 'next year’s draft')
    const v1 = (await (await get(`/api/workspaces/${ws.workspaceId}/snapshots/1`, ws.observer.memberToken)).json()) as { plan: { sections: { planning: { priorities: { strategies: unknown[] }[] } } } }
    expect(v1.plan.sections.planning.priorities[0]!.strategies).toHaveLength(1)
    expect((await postJson(url(MONITORING_ROUTES.carryForward(ws.workspaceId)), { confirm: true }, ws.participant.memberToken)).status).toBe(403)
  })
})
