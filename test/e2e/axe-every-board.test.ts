/**
 * WCAG 2.1 A/AA by axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa; every impact) on every board each
 * role can open, in named and in anonymous mode, tldraw's own UI included, and a breakout group's
 * board while breakouts run. One browser, one page per role, reused board after board, so the
 * whole sweep costs one workspace.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appAndBrowser, axeViolations, newContext, WCAG21_AA_TAGS } from './helpers/browser'
import { createWorkspaceInUi, joinInUi, openBoard, waitForEditor } from './helpers/flows'

/** Board-nav names this page offers (the facilitator also has the panel). */
const boardsOf = (page: Page): Promise<string[]> =>
  page.getByRole('navigation', { name: 'Boards' }).getByRole('link').evaluateAll((links) => links.map((a) => (a.textContent ?? '').trim()))

async function settled(page: Page, board: string): Promise<void> {
  await page.getByRole('main', { name: board }).waitFor()
  await expect.poll(() => page.locator('main [aria-busy="true"], main .whiteboard-frame[role="status"]').count(), { timeout: 15_000 }).toBe(0)
  if (board === 'Whiteboard') {
    await waitForEditor(page)
    // tldraw's toolbar and style panel (with the opacity slider) are part of what is checked
    await page.locator('.tlui-main-toolbar, .tlui-toolbar').first().waitFor()
  }
}

/** every (mode, role, board) checked, so a sweep that silently checks nothing fails */
const swept: string[] = []

async function sweep(page: Page, who: string): Promise<string[]> {
  const found: string[] = []
  for (const board of await boardsOf(page)) {
    swept.push(`${who} · ${board}`)
    await openBoard(page, board)
    await settled(page, board)
    for (const v of await axeViolations(page, { tags: WCAG21_AA_TAGS }))
      found.push(`${who} · ${board}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`)
  }
  return found
}

describe('axe on every board, for every role, named and anonymous', () => {
  const app = appAndBrowser()

  it('facilitator, participant and observer see no WCAG 2.1 A/AA violation on any board, tldraw’s UI included, in named and in anonymous mode and during breakouts', async () => {
    const contexts = await Promise.all([newContext(app.browser), newContext(app.browser), newContext(app.browser)])
    app.track(...contexts)
    const [fContext, pContext, oContext] = contexts
    if (!fContext || !pContext || !oContext) throw new Error('three contexts')
    const coach = await fContext.newPage()
    const created = await createWorkspaceInUi(coach, app.server.url)
    await waitForEditor(coach)
    // some content, so boards show more than their empty states
    await coach.getByRole('button', { name: 'Add note' }).click()
    await coach.keyboard.type('Attendance dips in week 3')
    await openBoard(coach, 'SWOT')
    await coach.getByRole('button', { name: 'Create the first SWOT board' }).click()
    await coach.getByRole('button', { name: '+ Add a strength' }).waitFor()
    await openBoard(coach, 'Fishbone')
    await coach.getByLabel('Head: the problem or bright spot').fill('Low 7th-grade math')
    await coach.getByRole('button', { name: 'Create fishbone' }).click()
    await coach.getByLabel('New cause').fill('Attendance data arrives late')
    await coach.getByLabel('New cause').press('Enter')
    await openBoard(coach, 'Plan')
    await coach.getByRole('button', { name: '+ Add priority area' }).click()
    await openBoard(coach, 'Self-reflection')
    await coach.getByRole('button', { name: 'Reveal Leadership' }).click()
    const participant = await pContext.newPage()
    await joinInUi(participant, created.participantLink, 'Pat Teacher')
    const observer = await oContext.newPage()
    await joinInUi(observer, created.observerLink, 'Olu Reflector', 'researcher')

    const found: string[] = []
    for (const mode of ['Named', 'Anonymous'] as const) {
      await openBoard(coach, 'Facilitator panel')
      await coach.getByRole('radio', { name: new RegExp(`^${mode}`) }).check()
      for (const [who, page] of [['facilitator', coach], ['participant', participant], ['observer', observer]] as const) found.push(...(await sweep(page, `${mode} · ${who}`)))
    }
    // tldraw's UI in more of its states: a selected note (its style panel) and the open main menu
    await openBoard(coach, 'Whiteboard')
    await settled(coach, 'Whiteboard')
    await coach.evaluate(() => (window as unknown as { __rootworkTest: { editor: { selectAll(): void } } }).__rootworkTest.editor.selectAll())
    await coach.locator('.tlui-style-panel').waitFor()
    for (const v of await axeViolations(coach, { tags: WCAG21_AA_TAGS })) found.push(`selected note: ${v.id} (${v.impact}) ${v.help}`)
    await coach.getByRole('button', { name: 'Menu' }).first().click()
    await coach.getByRole('menu').first().waitFor()
    for (const v of await axeViolations(coach, { tags: WCAG21_AA_TAGS })) found.push(`main menu: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`)
    await coach.keyboard.press('Escape')

    // breakouts running: each role on the group board (the participant lands there), the lobby and the panel
    await openBoard(coach, 'Facilitator panel')
    await coach.getByLabel('Agenda template').selectOption('symposium')
    await coach.getByRole('button', { name: 'Use this agenda' }).click()
    await coach.getByRole('button', { name: 'Next phase ›' }).first().click()
    await coach.getByLabel('Number of groups').fill('1')
    await coach.getByRole('button', { name: 'Make groups' }).click()
    await coach.getByRole('button', { name: 'Start breakouts' }).click()
    await participant.waitForURL(/\/group\//)
    await participant.getByTestId('group-board').waitFor()
    const groupPath = new URL(participant.url()).pathname
    const axeHere = async (page: Page, where: string) => {
      await expect.poll(() => page.locator('main [aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0)
      for (const v of await axeViolations(page, { tags: WCAG21_AA_TAGS })) found.push(`${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`)
    }
    await axeHere(coach, 'breakouts · facilitator · Facilitator panel')
    await axeHere(participant, 'breakouts · participant · group board')
    await coach.goto(app.server.url + groupPath)
    await coach.getByTestId('group-board').waitFor()
    await axeHere(coach, 'breakouts · facilitator · group board')
    // an observer opening a group board during the round is shown the lobby
    for (const [who, page] of [['facilitator', coach], ['observer', observer]] as const) {
      await openBoard(page, 'Breakout groups')
      await axeHere(page, `breakouts · ${who} · Breakout groups`)
    }

    // 11 boards for the facilitator, 10 for the others, in two modes
    expect(swept.length).toBe(2 * (11 + 10 + 10))
    expect(found).toEqual([])
  }, 300_000)
})
