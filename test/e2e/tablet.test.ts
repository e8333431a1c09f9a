/**
 * A participant on a 1024×768 touch tablet (issue 13): no mouse, no hover — taps and the on-screen
 * keyboard only. They add a SWOT item, move it to another quadrant from the card's ⋯ menu (the
 * touch alternative to dragging) and put a dot on it while the coach runs a vote from a laptop.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appAndBrowser, newContext, seriousAxeViolations } from './helpers/browser'
import { createWorkspaceInUi } from './helpers/flows'

const quadrant = (page: Page, q: string) => page.locator(`section[data-quadrant="${q}"]`)

describe('the SWOT board on a touch tablet', () => {
  const app = appAndBrowser()

  it('adds, moves and votes on a SWOT item with taps and the keyboard only at 1024×768', async () => {
    // the coach sets up from a laptop (mouse allowed there)
    const coachContext = await newContext(app.browser)
    const coach = await coachContext.newPage()
    const created = await createWorkspaceInUi(coach, app.server.url)
    await coach.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'SWOT', exact: true }).click()
    await coach.getByRole('button', { name: 'Create the first SWOT board' }).click()
    await quadrant(coach, 'strengths').waitFor()

    const tabletContext = await app.browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 })
    app.track(tabletContext)
    const tablet = await tabletContext.newPage()
    await tablet.goto(created.participantLink)
    await tablet.getByLabel('Your name').fill('Tia Tablet')
    await tablet.getByLabel('Your role').selectOption('teacher')
    await tablet.getByRole('button', { name: 'Join workspace' }).tap()
    await tablet.getByTestId('sync-status').waitFor()
    await tablet.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'SWOT', exact: true }).tap()
    await quadrant(tablet, 'strengths').waitFor({ timeout: 30_000 })

    // add: the new item takes focus, so the on-screen keyboard types into it
    await tablet.getByRole('button', { name: '+ Add a strength' }).tap()
    await tablet.keyboard.type('Teachers share lesson plans every week')
    const statement = (page: Page, q: string, name: string) => quadrant(page, q).getByRole('textbox', { name, exact: true })
    await expect.poll(() => statement(coach, 'strengths', 'Strength 1').inputValue()).toBe('Teachers share lesson plans every week')

    // move: the ⋯ menu is a visible button on every card (no hover needed), with the quadrant moves
    const menuButton = tablet.getByRole('button', { name: 'More actions for Strength 1' })
    expect(await menuButton.isVisible()).toBe(true)
    await menuButton.tap()
    await tablet.getByRole('button', { name: /^Move Strength 1: .* to Opportunities$/ }).tap()
    await expect.poll(() => statement(tablet, 'opportunities', 'Opportunity 1').inputValue()).toBe('Teachers share lesson plans every week')
    await expect.poll(() => statement(coach, 'opportunities', 'Opportunity 1').inputValue()).toBe('Teachers share lesson plans every week')
    expect(await quadrant(coach, 'strengths').getByRole('textbox', { name: 'Strength 1', exact: true }).count()).toBe(0)

    // vote: the coach opens a dot vote; the tablet taps a dot onto the moved item
    await coach.getByRole('button', { name: 'Open a dot vote' }).click()
    await tablet.getByTestId('dots-left').waitFor({ timeout: 30_000 })
    await tablet.getByRole('button', { name: /^Add a dot to Opportunity 1/ }).tap()
    await expect.poll(() => tablet.getByRole('group', { name: /^Your dots on Opportunity 1/ }).textContent()).toContain('Your dots: 1')
    // the coach sees who has voted (named mode), and is not counted as a voter
    await expect.poll(() => coach.getByTestId('round-participation').textContent()).toContain('1 of 1 person voted')
    expect(await coach.getByTestId('round-participation').textContent()).toContain('Tia Tablet')
    expect(await seriousAxeViolations(tablet)).toEqual([])
    const dir = process.env.SCREENSHOT_DIR
    if (dir) await tablet.screenshot({ path: `${dir}/swot-tablet-1024.png` })
    await coachContext.close()
  }, 120_000)
})
