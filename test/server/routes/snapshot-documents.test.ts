import { PDFParse } from 'pdf-parse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { addPlanItem, setPlanText } from '../../../shared/doc/plan'
import { addSwotItem, createSwotBoard } from '../../../shared/doc/swot'
import { addStrategy, setActionResponsible } from '../../../shared/plan/mutations'
import { readPlan } from '../../../shared/plan/read'
import { planBlocks } from '../../../shared/plan/render-plan'
import { EXPORT_FORMAT_IDS, SnapshotDetail, SnapshotList, SNAPSHOT_ROUTES } from '../../../shared/plan/snapshot-api'
import { postJson, threeMembers } from '../../helpers/api'
import { startTestServer, type TestServer } from '../../helpers/server'
import { connectSynced, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { readZipEntry } from '../snapshots/unzip'

const NOW = 1_700_000_000_000
const ACTIONS = ['Hire a math coach', 'Schedule coaching cycles', 'Train PLC leads', 'Survey families', 'Publish attendance data']

function writeSession(doc: Y.Doc): void {
  const must = (r: { ok: boolean }) => expect(r.ok).toBe(true)
  setPlanText(doc, 'schoolName', 'Lincoln Middle School')
  must(createSwotBoard(doc, { boardId: 'b-1', title: 'Grade 7 math', now: NOW }))
  must(addSwotItem(doc, { boardId: 'b-1', itemId: 'sw-1', quadrant: 'weaknesses', text: 'Low math scores', evidence: 'State test', now: NOW }))
  let a = 0
  for (const p of [1, 2]) {
    must(addPlanItem(doc, 'priority', { id: `p${p}`, texts: { title: `Priority area ${p}` } }))
    must(addStrategy(doc, { id: `s${p}`, parentId: `p${p}`, texts: { ifWe: `coach team ${p}`, then: 'teachers plan', and: 'students grow' } }))
    must(addPlanItem(doc, 'strategyMeasure', { id: `sm${p}`, parentId: `s${p}`, texts: { indicator: 'Lesson plans', target1: '50%', target2: '80%' } }))
    must(addPlanItem(doc, 'milestone', { id: `m${p}`, parentId: `s${p}`, texts: { text: `Milestone text ${p}` } }))
    for (const text of p === 1 ? ACTIONS.slice(0, 3) : ACTIONS.slice(3)) {
      const id = `a${++a}`
      must(addPlanItem(doc, 'action', { id, parentId: `m${p}`, texts: { text, outputs: 'Output' } }))
      setActionResponsible(doc, id, { key: `k${a}`, name: 'Ana Ortiz' })
    }
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ')

describe('documents for signature over the REST API', () => {
  let server: TestServer
  let members: Awaited<ReturnType<typeof threeMembers>>
  let editor: Client
  let version: number
  const url = (path: string) => `${server.url}${path}`
  const get = (path: string, token = members.participant.memberToken) => fetch(url(path), { headers: { authorization: `Bearer ${token}` } })
  const markFinal = (body: unknown, token?: string, v = version) => postJson(url(SNAPSHOT_ROUTES.final(members.workspaceId, v)), body, token)

  beforeAll(async () => {
    server = await startTestServer()
    members = await threeMembers(server.url)
    editor = await connectSynced(server.url, members.workspaceId, 'board', members.participant.memberToken)
    writeSession(editor.doc)
    const res = await waitFor(async () => {
      const taken = await postJson(url(SNAPSHOT_ROUTES.list(members.workspaceId)), { summary: 'For the board' }, members.facilitator.memberToken)
      const detail = SnapshotDetail.parse(await taken.json())
      // the snapshot must have seen every edit (the provider may still be sending)
      return detail.plan.sections.planning.priorities[1]?.strategies[0]?.milestones[0]?.actions.length === 2 ? detail : null
    }, 'a snapshot with the whole session')
    version = res.version
    expect(readPlan(editor.doc).priorities.length).toBe(2)
  })
  afterAll(async () => {
    editor.destroy()
    await server.stop()
  })

  it('answers application/pdf with every heading and action of the plan in order', async () => {
    const res = await get(SNAPSHOT_ROUTES.export(members.workspaceId, version, 'pdf'), members.observer.memberToken)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+-v\d+\.pdf"$/)
    const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) })
    const { text, total } = await parser.getText()
    await parser.destroy()
    expect(total).toBeGreaterThan(3)
    const plan = SnapshotDetail.parse(await (await get(SNAPSHOT_ROUTES.one(members.workspaceId, version))).json()).plan
    const expected = [
      ...planBlocks(plan).flatMap((b) => (b.type === 'heading' ? [b.text] : [])),
    ]
    const body = squash(text.slice(text.indexOf('At-A-Glance', text.indexOf('Attribution'))))
    let at = 0
    for (const heading of expected) {
      const found = body.indexOf(squash(heading), at)
      expect(found, `heading "${heading}" after position ${at}`).toBeGreaterThanOrEqual(0)
      at = found + 1
    }
    const actions = ACTIONS.map((a, i) => body.indexOf(`${i < 3 ? '1' : '2'}.1.1.${i < 3 ? i + 1 : i - 2} ${a}`))
    expect(actions.every((x) => x > 0)).toBe(true)
    expect([...actions].sort((x, y) => x - y)).toEqual(actions)
    expect(text).toContain('Page 2 of')
    expect(text).toContain('Lincoln Middle School · Draft — not yet approved')
  })

  it('prints on US Letter by default and on A4 with ?paper=a4, and refuses an unknown paper', async () => {
    const letter = Buffer.from(await (await get(SNAPSHOT_ROUTES.export(members.workspaceId, version, 'pdf'))).arrayBuffer()).toString('latin1')
    expect(letter).toContain('/MediaBox [0 0 612 792]')
    const a4 = Buffer.from(await (await get(SNAPSHOT_ROUTES.export(members.workspaceId, version, 'pdf', 'a4'))).arrayBuffer()).toString('latin1')
    expect(a4).toContain('/MediaBox [0 0 595.28 841.89]')
    const docx = readZipEntry(Buffer.from(await (await get(SNAPSHOT_ROUTES.export(members.workspaceId, version, 'docx', 'a4'))).arrayBuffer()), 'word/document.xml')
    expect(docx).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    const bad = await get(`${SNAPSHOT_ROUTES.export(members.workspaceId, version, 'pdf')}?paper=legal`)
    expect(bad.status).toBe(400)
  })

  it('serves the quality findings as a separate review export', async () => {
    const review = await (await get(SNAPSHOT_ROUTES.export(members.workspaceId, version, 'review'))).text()
    expect(review).toContain('Plan quality findings')
    const signed = await (await get(SNAPSHOT_ROUTES.export(members.workspaceId, version, 'md'))).text()
    expect(signed).not.toContain('Plan quality findings')
  })

  it.each([
    ['a participant', () => members.participant.memberToken, 403],
    ['an observer', () => members.observer.memberToken, 403],
    ['nobody signed in', () => undefined, 401],
  ])('refuses to mark a version final for %s (raw request)', async (_who, token, status) => {
    expect((await markFinal({}, token())).status).toBe(status)
    const list = SnapshotList.parse(await (await get(SNAPSHOT_ROUTES.list(members.workspaceId))).json())
    expect(list.snapshots.find((s) => s.version === version)?.final).toBeNull()
  })

  it.each([
    [{ final: true }, 400],
  ])('refuses a final mark with a body it does not expect (%o)', async (body, status) => {
    expect((await markFinal(body, members.facilitator.memberToken)).status).toBe(status)
  })

  it('refuses to mark a version that does not exist', async () => {
    expect((await markFinal({}, members.facilitator.memberToken, 999)).status).toBe(404)
  })

  it('lets a facilitator mark the version final, after which no export carries a draft mark', async () => {
    const res = await markFinal({}, members.facilitator.memberToken)
    expect(res.status).toBe(200)
    const marked = SnapshotDetail.parse(await res.json())
    expect(marked.final).toMatchObject({ markedBy: members.facilitator.member.id, markedByName: 'Coach Kim' })
    const again = SnapshotDetail.parse(await (await markFinal({}, members.facilitator.memberToken)).json())
    expect(again.final).toEqual(marked.final)

    for (const format of EXPORT_FORMAT_IDS.filter((f) => f !== 'json' && f !== 'review')) {
      const buffer = Buffer.from(await (await get(SNAPSHOT_ROUTES.export(members.workspaceId, version, format))).arrayBuffer())
      let text = buffer.toString('utf8')
      if (format === 'docx') text = ['word/document.xml', 'word/header1.xml', 'word/header2.xml'].map((f) => readZipEntry(buffer, f) ?? '').join('')
      if (format === 'pdf') {
        const parser = new PDFParse({ data: new Uint8Array(buffer) })
        text = (await parser.getText()).text
        await parser.destroy()
      }
      expect(text, format).not.toMatch(/draft/i)
      expect(text, format).toContain('Final')
    }
  })
})
