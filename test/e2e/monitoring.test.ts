import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { MONITORING_ROUTES } from '../../shared/api/monitoring'
import { readMonitoring } from '../../shared/doc/monitoring-read'
import { readPlan } from '../../shared/plan/read'
import { SNAPSHOT_ROUTES } from '../../shared/plan/snapshot-api'
import { createWorkspace, join, postJson } from '../helpers/api'
import { connectSynced } from '../helpers/sync'
import { waitFor } from '../helpers/wait'
import { heard, listen } from './helpers/announcer'
import { buildSampleBoard } from '../shared/domain/monitoring/sample-year'
import { appAndBrowser, newContext, seriousAxeViolations } from './helpers/browser'

/** A workspace with the sample plan snapshotted as version 1 and followed for 2026-27, five members and an observer. */
async function followedWorkspace(base: string) {
  const created = await createWorkspace(base, 'Lincoln monitoring')
  const ws = created.workspace.id
  const people = await Promise.all(['Pat', 'Quinn', 'Ravi', 'Sam'].map((n) => join(base, created, 'participant', n)))
  const observer = await join(base, created, 'observer', 'Olu', 'researcher')
  const board = await connectSynced(base, ws, 'board', created.memberToken)
  buildSampleBoard(board.doc)
  const watcher = await connectSynced(base, ws, 'board', observer.memberToken)
  await waitFor(() => readPlan(watcher.doc).priorities[1]?.strategies[0]?.milestones[0]?.actions.length === 2, 'the plan on the server')
  expect((await postJson(`${base}${SNAPSHOT_ROUTES.list(ws)}`, { summary: 'Signed by the board' }, created.memberToken)).status).toBe(201)
  expect((await postJson(`${base}${MONITORING_ROUTES.follow(ws)}`, { version: 1, yearStart: '2026-08', yearLabel: '2026-27', planYear: 1 }, created.memberToken)).status).toBe(200)
  return { ws, facilitator: created.memberToken, tokens: [created.memberToken, ...people.map((p) => p.memberToken)], observer: observer.memberToken, board, watcher }
}

const axeClean = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([])

describe('the monitoring board in real browsers', () => {
  const app = appAndBrowser()

  async function open(ws: string, token: string): Promise<Page> {
    const context = await newContext(app.browser)
    app.track(context)
    const page = await context.newPage()
    await page.goto(`${app.server.url}/w/${ws}/monitoring#token=${token}`)
    await page.getByRole('heading', { name: 'Monthly action status' }).waitFor({ timeout: 45_000 })
    await page.getByLabel('Reporting month').selectOption('2026-10')
    return page
  }
  const tab = (page: Page, name: string | RegExp) => page.getByRole('navigation', { name: 'Monitoring sections' }).getByRole('button', { name })

  it('five members update a month together: two edit one row and both changes are kept; the behind list updates live', async () => {
    const w = await followedWorkspace(app.server.url)
    // opened one after another: five cold page loads at once can starve a loaded 2-core CI machine
    const pages: Page[] = []
    for (const t of w.tokens) pages.push(await open(w.ws, t))
    const [a, b, c, d, e] = pages
    // unreported and past due in October: 1.1.1.1 (Aug), 1.1.1.2 and 2.1.1.1 (Sep)
    await expect.poll(() => e!.getByTestId('behind-list').getByRole('heading').textContent()).toBe('Behind schedule in October 2026: 3')
    await axeClean(a!)
    await Promise.all([
      a!.getByLabel('Status of action 1.1.1.1').selectOption('done'),
      b!.getByLabel('Status of action 2.1.1.1').selectOption('done'),
      c!.getByLabel('Status of action 1.1.1.2').selectOption('done'),
      d!.getByLabel('Note on action 1.1.1.2').fill('calendar clash'),
      e!.getByLabel('Status of action 2.1.1.2').selectOption('behind'),
    ])
    await d!.getByLabel('Note on action 1.1.1.2').press('Enter')
    for (const page of [a!, b!, c!, d!, e!]) {
      await expect.poll(() => page.getByLabel('Status of action 1.1.1.2').inputValue()).toBe('done')
      await expect.poll(() => page.getByLabel('Note on action 1.1.1.2').inputValue()).toBe('calendar clash')
      await expect.poll(() => page.getByTestId('behind-list').getByRole('heading').textContent()).toBe('Behind schedule in October 2026: 1')
    }
    await expect.poll(() => a!.getByTestId('behind-list').textContent()).toContain('2.1.1.2 Recruit mentors')
    // the behind-schedule row is listed first
    await expect.poll(() => a!.locator('tbody tr').first().getAttribute('data-action')).toBe('2.1.1.2')
    await b!.getByRole('button', { name: /No change this month \(3 not yet updated\)/ }).click()
    await expect.poll(() => e!.getByRole('button', { name: /No change this month/ }).textContent()).toContain('(0 not yet updated)')
    const monitoring = await connectSynced(app.server.url, w.ws, 'monitoring', w.observer)
    await waitFor(() => readMonitoring(monitoring.doc).rows['act-2']?.months['2026-10']?.note === 'calendar clash', 'stored')
    expect(readMonitoring(monitoring.doc).rows['act-2']?.months['2026-10']?.status).toBe('done')
    monitoring.destroy()
    w.board.destroy()
    w.watcher.destroy()
  }, 180_000)

  it('runs a PDSA cycle from plan to adopt, chained; a coach comment is resolved by a member', async () => {
    const w = await followedWorkspace(app.server.url)
    const coach = await open(w.ws, w.facilitator)
    const pat = await open(w.ws, w.tokens[1]!)
    await tab(pat, 'PDSA cycles').click()
    await pat.getByLabel('Test a change on').selectOption({ label: 'Strategy 2.1' })
    await pat.getByRole('button', { name: 'Start a PDSA cycle' }).click()
    await pat.getByLabel('The change we will try (cycle 1)').fill('Text-message reminders to families')
    await pat.getByLabel('What we predict will happen (cycle 1)').fill('Weekly contact rises 10 points')
    await pat.getByLabel('What happened (cycle 1)').fill('Sent to 120 families')
    await pat.getByLabel('Compared with the prediction (cycle 1)').fill('Rose 6 points')
    await pat.getByRole('radiogroup', { name: 'Decision for cycle 1' }).getByLabel('Adapt').check()
    await pat.getByRole('button', { name: 'Start the next cycle on Strategy 2.1' }).click()
    await pat.getByLabel('The change we will try (cycle 2)').fill('Reminders in the home language')
    await pat.getByRole('radiogroup', { name: 'Decision for cycle 2' }).getByLabel('Adopt').check()
    await axeClean(pat)
    await tab(coach, 'PDSA cycles').click()
    await coach.getByRole('heading', { name: 'Cycle 2 — Adopt' }).waitFor()
    await expect.poll(() => coach.getByLabel('The change we will try (cycle 1)').inputValue()).toBe('Text-message reminders to families')

    await tab(coach, 'Monthly status').click()
    await coach.getByRole('button', { name: 'Comment on Action 2.1.1.2 Recruit mentors' }).click()
    await coach.getByLabel('Coach comment on Action 2.1.1.2 Recruit mentors').fill('Who else could mentor? Ask the PTA.')
    await coach.getByRole('button', { name: 'Post', exact: true }).click()
    await tab(pat, 'Monthly status').click()
    await pat.locator('tr[data-action="2.1.1.2"]').getByText('1 open comment').waitFor()
    await tab(pat, /Coach comments \(1 open\)/).click()
    await pat.getByLabel('Reply').fill('Asked the PTA; three volunteers.')
    await pat.getByRole('button', { name: 'Post reply' }).click()
    await pat.getByRole('button', { name: 'Resolve' }).click()
    await tab(coach, 'Coach comments').click()
    await coach.getByRole('heading', { name: 'Coach comments: 0 open' }).waitFor()
    await coach.getByText('Resolved by Pat').waitFor()
    await coach.getByText('Asked the PTA; three volunteers.').waitFor()
    await axeClean(coach)
    w.board.destroy()
    w.watcher.destroy()
  })

  it('shows implementation, results and the driver diagram accessibly; the annual review starts next year’s draft', async () => {
    const w = await followedWorkspace(app.server.url)
    const coach = await open(w.ws, w.facilitator)
    await tab(coach, 'Implementation data').click()
    await coach.getByRole('table', { name: /Milestone 1\.1\.1/ }).getByRole('rowheader', { name: 'Actions Completed (%)' }).waitFor()
    await axeClean(coach)
    await tab(coach, 'Results').click()
    await coach.getByLabel('Goal 1: % students meeting growth goals, Y1 Q1').fill('20')
    await coach.getByLabel('Goal 1: % students meeting growth goals, Y1 Q1').press('Tab')
    await expect.poll(() => coach.getByRole('table', { name: 'Goal results' }).textContent()).toContain('20 (Y1 Q1, baseline 18%)')
    await axeClean(coach)
    await tab(coach, 'Driver diagram').click()
    await coach.getByRole('img', { name: /Driver diagram with/ }).waitFor()
    expect(await coach.locator('[data-node="act-1"]').getAttribute('data-status')).toBe('behind')
    await axeClean(coach)
    await tab(coach, 'Reports').click()
    await coach.getByLabel('Report type').selectOption('annual')
    await listen(coach)
    await coach.getByRole('button', { name: 'Take report' }).click()
    // shown on the panel's status line, spoken by the workspace's one announcer (the line itself is not live)
    await coach.locator('main').getByText(/Saved report version 1: Annual results review/).waitFor()
    await expect.poll(() => heard(coach)).toMatch(/Saved report version 1: Annual results review/)
    expect(await coach.locator('main [aria-live], main [role="status"]').count()).toBe(0)
    coach.once('dialog', (d) => void d.accept())
    await coach.getByRole('button', { name: "Start next year's plan draft from the annual review" }).click()
    await coach.locator('main').getByText(/Next year's draft started\. Carried: Strategy 1\.1 .*Strategy 2\.1/).waitFor()
    await axeClean(coach)
    await waitFor(() => readPlan(w.watcher.doc).priorities[1]?.description.includes('Carried forward from Priority 2 of plan version 1 (2026-27)') === true, 'next year’s draft')
    expect(readPlan(w.watcher.doc).goals[0]?.measures[0]?.baseline).toBe('20 (Y1 Q1 2026-27)')
    await coach.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Plan' }).click()
    await expect.poll(() => coach.getByLabel('Priority 2: priority area').inputValue()).toBe('Attendance')
    w.board.destroy()
    w.watcher.destroy()
  })
})
