import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Download, Page } from 'playwright-core'
import { LEA_SELF_REFLECTION_ATTRIBUTION } from '../../shared/content/lea-self-reflection'
import { readPlan } from '../../shared/plan/read'
import { createWorkspace } from '../helpers/api'
import { ALLOWED_DOMAINS, coachFetch } from '../helpers/coach'
import { CLIENT, CookieJar, browse, signInAtProvider, startOidcProvider, type OidcTestProvider } from '../helpers/oidc'
import { seedSchool, type SchoolSpec } from '../helpers/schools'
import type { TestServer } from '../helpers/server'
import { connectSynced } from '../helpers/sync'
import { waitFor } from '../helpers/wait'
import { launchBrowser, newContext, seriousAxeViolations, startAppServer, type AppServer } from './helpers/browser'

const SCHOOLS: (SchoolSpec & { school: string })[] = [
  {
    school: 'Adams Elementary',
    levels: { '1a1': 0, '1a2': 1, '2a1': 2 },
    causes: [{ text: 'No common planning time for grade-level teams', code: '1a' }],
    strategies: [{ priority: 'Math instruction', ifWe: 'protect weekly common planning time', then: 'teachers plan standards-based lessons together', and: 'students grow in 7th-grade math', code: '1a' }],
    snapshot: true,
  },
  { school: 'Baker Middle', levels: { '1a1': 0, '1a2': 3 }, causes: [{ text: 'Data meetings are skipped', code: '1a' }], strategies: [] },
  { school: 'Carver High', levels: {}, causes: [], strategies: [{ priority: 'Attendance', ifWe: 'call home on the first absence', then: 'families re-engage', and: 'chronic absence falls', code: '3c' }] },
]

let idp: OidcTestProvider
let app: AppServer
let browser: Browser
const workspaces: { id: string; token: string }[] = []

beforeAll(async () => {
  idp = await startOidcProvider()
  app = await startAppServer({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: CLIENT.id, OIDC_CLIENT_SECRET: CLIENT.secret, OIDC_ALLOWED_EMAIL_DOMAINS: ALLOWED_DOMAINS })
  idp.serve([`${app.url}/api/auth/oidc/callback`])
  browser = await launchBrowser()
  // the district's set-up, over raw HTTP: a coach signs in, creates the organisation, three schools' facilitators add their workspaces
  const jar = new CookieJar()
  const callback = await signInAtProvider(jar, `${app.url}/api/auth/oidc/start`, 'alex@district-a.org')
  expect((await browse(jar, callback)).status).toBe(303)
  const server = { url: app.url } as Pick<TestServer, 'url'> as TestServer
  const org = (await (await coachFetch(server, jar, '/api/orgs', { method: 'POST', body: { name: 'River Valley District' } })).json()) as { id: string }
  for (const s of SCHOOLS) {
    const created = await createWorkspace(app.url, `${s.school} — 2026 root causes`)
    await seedSchool(app.url, created.workspace.id, created.memberToken, s)
    const attached = await coachFetch(server, jar, `/api/orgs/${org.id}/workspaces`, { method: 'POST', body: { workspaceId: created.workspace.id, school: s.school }, token: created.memberToken })
    expect(attached.status).toBe(201)
    workspaces.push({ id: created.workspace.id, token: created.memberToken })
  }
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
  await idp?.close()
})

const shot = (page: Page, name: string) => (process.env.SCREENSHOTS ? page.screenshot({ path: `.tmp/shots/${name}.png`, fullPage: true }) : Promise.resolve(Buffer.alloc(0)))

describe('a coach’s portfolio in a real browser', () => {
  it('signs in through the provider, sees three schools, opens the heatmap, exports the CSV and copies a strategy into a school’s draft', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(`${app.url}/`)
    await page.getByRole('link', { name: 'Open your coach portfolio' }).click()
    await page.getByRole('heading', { name: 'Coach portfolio' }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await shot(page, 'portfolio-signed-out')
    await page.getByRole('link', { name: 'Sign in with your organisation account' }).click()
    // the local provider's own login and consent pages
    await page.locator('input[name="login"]').fill('alex@district-a.org')
    await page.locator('input[name="password"]').fill('any password')
    await page.getByRole('button', { name: 'Sign-in' }).click()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.waitForURL(`${app.url}/portfolio`)
    await expect.poll(() => page.getByText('Signed in as').textContent()).toContain('Coach alex')
    await page.getByRole('link', { name: 'River Valley District' }).click()

    const rows = page.locator('.portfolio-table tbody tr')
    await expect.poll(() => rows.count()).toBe(3)
    expect(await rows.locator('th').allTextContents()).toEqual(['Adams Elementary', 'Baker Middle', 'Carver High'])
    expect(await rows.nth(0).textContent()).toContain('Final snapshot')
    expect(await rows.nth(1).textContent()).toContain('Root causes')
    expect(await seriousAxeViolations(page)).toEqual([])
    await shot(page, 'portfolio-workspaces')
    await page.getByRole('searchbox', { name: 'Search school or session' }).fill('baker')
    await expect.poll(() => rows.count()).toBe(1)
    await page.getByRole('searchbox', { name: 'Search school or session' }).fill('')

    await page.getByRole('link', { name: 'Rubric heatmap' }).click()
    await page.getByRole('heading', { name: 'Team rubric levels across schools' }).waitFor()
    await page.getByRole('button', { name: /^Adams Elementary, 1a1 .*: Consistently Low Performance\. Show evidence$/ }).click()
    await expect.poll(() => page.locator('.evidence-panel').textContent()).toContain('Team evidence for 1a1')
    expect(await seriousAxeViolations(page)).toEqual([])
    await shot(page, 'portfolio-heatmap')

    for (const section of ['Root causes', 'Priorities & strategies']) {
      await page.getByRole('link', { name: section }).click()
      await page.getByRole('heading', { name: / by practice code$/ }).waitFor()
      await page.locator('.tally summary').first().click()
      expect(await seriousAxeViolations(page)).toEqual([])
      await shot(page, `portfolio-${section.split(' ')[0]!.toLowerCase()}`)
    }
    await page.getByRole('link', { name: 'Rubric heatmap' }).click()
    const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()])
    expect(download.suggestedFilename()).toBe('rubric-heatmap.csv')
    const csv = readFileSync(await download.path()).toString('utf8').split('\r\n')
    expect(csv[0]).toContain('Adams Elementary,Baker Middle,Carver High')
    expect(csv.find((l) => l.includes(',1a1,'))).toContain(',2,0,0,0,1,Consistently Low Performance,Consistently Low Performance,')
    expect(csv.filter(Boolean).at(-1)).toContain('CC BY 4.0')

    const [svg]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()])
    const svgText = readFileSync(await svg.path()).toString('utf8')
    expect(svgText).toMatch(/^<svg /)
    expect(svgText).toContain('Adams Elementary')
    const svgWords = svgText.replace(/<[^>]+>/g, ' ').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/\s+/g, ' ')
    expect(svgWords).toContain(LEA_SELF_REFLECTION_ATTRIBUTION)
    const [png]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()])
    expect(png.suggestedFilename()).toBe('rubric-heatmap.png')
    expect(readFileSync(await png.path()).subarray(1, 4).toString('latin1')).toBe('PNG')
    if (process.env.SCREENSHOTS) await png.saveAs('.tmp/shots/export-heatmap.png')

    await page.getByRole('link', { name: 'Strategy library' }).click()
    const item = page.locator('.library-item').filter({ hasText: 'protect weekly common planning time' })
    await item.getByText('Copy into a school’s draft').click()
    await item.getByLabel('Copy into the draft of').selectOption({ label: 'Carver High — Carver High — 2026 root causes' })
    await item.getByLabel('Under the priority').selectOption({ label: 'Attendance' })
    await shot(page, 'portfolio-library')
    await item.getByRole('button', { name: 'Copy strategy' }).click()
    await expect.poll(() => item.getByRole('status').textContent()).toContain('Copied into Carver High’s draft')

    const carver = workspaces[2]!
    const board = await connectSynced(app.url, carver.id, 'board', carver.token)
    const attendance = await waitFor(() => readPlan(board.doc).priorities.find((p) => p.title === 'Attendance' && p.strategies.length === 2), 'the copy in Carver’s draft')
    expect(attendance.strategies.map((s) => s.ifWe)).toContain('protect weekly common planning time')
    board.destroy()
    await context.close()
  })
})
