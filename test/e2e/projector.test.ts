/**
 * Projector mode (issue 13): the coach switches the screen the room watches to large text with the
 * workspace chrome hidden. It is a setting of that device — kept across a reload, never pushed to
 * anyone else's screen.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appAndBrowser, newContext, seriousAxeViolations } from './helpers/browser'
import { createWorkspaceInUi, joinInUi, openBoard } from './helpers/flows'

const LAPTOP = { width: 1366, height: 768 }
const fontPx = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
const chromeVisible = async (page: Page) => ({
  header: await page.locator('.workspace-header').isVisible(),
  boards: await page.getByRole('navigation', { name: 'Boards' }).isVisible(),
  people: await page.locator('.workspace-aside').isVisible(),
})

describe('projector mode', () => {
  const app = appAndBrowser()

  it('hides the chrome and enlarges the board text on the coach’s screen only, and stays on after a reload', async () => {
    const context = await newContext(app.browser)
    const coach = await context.newPage()
    await coach.setViewportSize(LAPTOP)
    const created = await createWorkspaceInUi(coach, app.server.url)
    await openBoard(coach, 'SWOT')
    await coach.getByRole('button', { name: 'Create the first SWOT board' }).click()
    await coach.getByRole('button', { name: '+ Add a weakness' }).click()
    await coach.keyboard.type('Few students reach algebra readiness')
    const item = 'section[data-quadrant="weaknesses"] .swot-item textarea'
    const heading = 'section[data-quadrant="weaknesses"] h3'
    const before = { item: await fontPx(coach, item), heading: await fontPx(coach, heading) }
    expect(await chromeVisible(coach)).toEqual({ header: true, boards: true, people: true })

    const participantContext = await newContext(app.browser)
    app.track(participantContext)
    const participant = await participantContext.newPage()
    await joinInUi(participant, created.participantLink, 'Pat Teacher')
    await openBoard(participant, 'SWOT')

    await coach.getByRole('button', { name: 'Projector mode' }).click()
    await expect.poll(() => chromeVisible(coach)).toEqual({ header: false, boards: false, people: false })
    expect(await fontPx(coach, item)).toBeGreaterThanOrEqual(before.item * 1.3)
    expect(await fontPx(coach, heading)).toBeGreaterThanOrEqual(before.heading * 1.3)
    // the four quadrants are still the first screen
    for (const q of ['strengths', 'weaknesses', 'opportunities', 'threats']) expect(await coach.locator(`section[data-quadrant="${q}"] h3`).isVisible()).toBe(true)
    const dir = process.env.SCREENSHOT_DIR
    if (dir) await coach.screenshot({ path: `${dir}/swot-projector-1366.png` })
    expect(await seriousAxeViolations(coach)).toEqual([])

    // this device only: the participant's screen keeps its chrome
    expect(await chromeVisible(participant)).toEqual({ header: true, boards: true, people: true })
    await coach.reload()
    await coach.getByRole('button', { name: 'Exit projector mode' }).waitFor()
    expect(await chromeVisible(coach)).toEqual({ header: false, boards: false, people: false })
    await coach.getByRole('button', { name: 'Exit projector mode' }).focus()
    await coach.keyboard.press('Enter')
    await expect.poll(() => chromeVisible(coach)).toEqual({ header: true, boards: true, people: true })
    expect(await fontPx(coach, item)).toBe(before.item)
    await context.close()
  }, 90_000)
})
