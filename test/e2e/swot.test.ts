import { describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { appAndBrowser, newContext, seriousAxeViolations, type AppServer } from './helpers/browser'
import { heard, listen } from './helpers/announcer'
import { createWorkspaceInUi, joinInUi } from './helpers/flows'

const openSwot = (page: Page) => page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'SWOT', exact: true }).click()
const quadrant = (page: Page, q: string) => page.locator(`section[data-quadrant="${q}"]`)

/** Reads the board document the SWOT view exposes to tests (`window.__rootworkTest.boardDoc`). */
function fishboneHeads(page: Page): Promise<{ head: string; swotItemId: string | undefined }[]> {
  return page.evaluate(() => {
    type YMapLike = { forEach(fn: (v: unknown) => void): void; get(k: string): unknown }
    const doc = (window as unknown as { __rootworkTest: { boardDoc: { getMap(name: string): YMapLike } } }).__rootworkTest.boardDoc
    const out: { head: string; swotItemId: string | undefined }[] = []
    doc.getMap('fishbone').forEach((f) => {
      const m = f as YMapLike
      out.push({ head: String(m.get('head')), swotItemId: m.get('swotItemId') as string | undefined })
    })
    return out
  })
}

async function facilitatorWithBoard(browser: Browser, server: AppServer) {
  const context = await newContext(browser)
  const page = await context.newPage()
  const created = await createWorkspaceInUi(page, server.url)
  await openSwot(page)
  await page.getByRole('button', { name: 'Create the first SWOT board' }).click()
  await quadrant(page, 'strengths').waitFor()
  return { context, page, created }
}

describe('the SWOT board in real browsers', () => {
  const app = appAndBrowser()

  it('two people type into the same item at once and both edits are kept; a weakness then becomes a fishbone head', async () => {
    const f = await facilitatorWithBoard(app.browser, app.server)
    const pContext = await newContext(app.browser)
    const participant = await pContext.newPage()
    await joinInUi(participant, f.created.participantLink, 'Pat Teacher')
    await openSwot(participant)
    // the participant's board is on screen (synced) before anyone types: a loaded CI machine can take a while
    await quadrant(participant, 'weaknesses').waitFor({ timeout: 45_000 })

    await f.page.getByRole('button', { name: '+ Add a weakness' }).click()
    await f.page.keyboard.type('Low math scores')
    const mine = f.page.getByRole('textbox', { name: 'Weakness 1', exact: true })
    const theirs = participant.getByRole('textbox', { name: 'Weakness 1', exact: true })
    await theirs.waitFor({ timeout: 30_000 })
    await expect.poll(() => theirs.inputValue({ timeout: 5_000 })).toBe('Low math scores')

    await mine.focus()
    await f.page.keyboard.press('Control+Home')
    await theirs.focus()
    await participant.keyboard.press('Control+End')
    await Promise.all([f.page.keyboard.type('Grade 7: ', { delay: 30 }), participant.keyboard.type(' in spring', { delay: 30 })])
    const both = 'Grade 7: Low math scores in spring'
    await expect.poll(() => mine.inputValue()).toBe(both)
    await expect.poll(() => theirs.inputValue()).toBe(both)

    // rarer card actions sit behind the card's "⋯" menu (issue 13: compact cards)
    await participant.getByRole('button', { name: 'More actions for Weakness 1' }).click()
    await participant.getByRole('button', { name: /^Find root causes of Weakness 1/ }).click()
    await expect.poll(() => new URL(participant.url()).pathname).toMatch(/\/fishbone$/)
    const fishboneId = new URL(participant.url()).searchParams.get('f')
    expect(fishboneId).toBeTruthy()
    await expect.poll(() => fishboneHeads(f.page)).toEqual([{ head: both, swotItemId: expect.any(String) }])
    // the item links back: it now offers to open its fishbone
    await expect.poll(() => f.page.getByRole('link', { name: 'Open fishbone' }).getAttribute('href', { timeout: 5_000 })).toContain(`f=${fishboneId}`)
    await Promise.all([f.context.close(), pContext.close()])
  }, 120_000)

  it('keyboard only: adds a strength, moves it across quadrants with Alt+Arrow keys, undoes the move; a drag and drop then moves it to Opportunities', async () => {
    const f = await facilitatorWithBoard(app.browser, app.server)
    const page = f.page
    await page.getByRole('button', { name: '+ Add a strength' }).focus()
    await page.keyboard.press('Enter')
    await page.keyboard.type('Strong PLCs')
    await expect.poll(() => quadrant(page, 'strengths').getByRole('textbox', { name: 'Strength 1', exact: true }).inputValue()).toBe('Strong PLCs')
    await page.keyboard.press('Shift+Tab')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Strength 1: Strong PLCs')

    await listen(page)
    await page.keyboard.press('Alt+ArrowRight')
    await expect.poll(() => quadrant(page, 'weaknesses').getByRole('textbox', { name: 'Weakness 1', exact: true }).inputValue()).toBe('Strong PLCs')
    await expect.poll(() => heard(page)).toContain('Moved to Weaknesses, position 1 of 1.')
    await page.keyboard.press('Alt+ArrowDown')
    await expect.poll(() => quadrant(page, 'threats').getByRole('textbox', { name: 'Threat 1', exact: true }).inputValue()).toBe('Strong PLCs')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Threat 1: Strong PLCs')

    await page.keyboard.press('Control+z')
    await expect.poll(() => quadrant(page, 'weaknesses').getByRole('textbox', { name: 'Weakness 1', exact: true }).inputValue()).toBe('Strong PLCs')
    await expect.poll(() => quadrant(page, 'threats').getByRole('textbox').count()).toBe(0)

    // a mouse drag, as the browser delivers it (headless Chromium cannot run a native drag session)
    const dataTransfer = await page.evaluateHandle(() => new DataTransfer())
    await quadrant(page, 'weaknesses')
      .getByRole('button', { name: /^Move Weakness 1/ })
      .dispatchEvent('dragstart', { dataTransfer })
    await quadrant(page, 'opportunities').locator('.swot-drop-empty').dispatchEvent('dragover', { dataTransfer })
    await quadrant(page, 'opportunities').locator('.swot-drop-empty').dispatchEvent('drop', { dataTransfer })
    await expect.poll(() => quadrant(page, 'opportunities').getByRole('textbox', { name: 'Opportunity 1', exact: true }).inputValue()).toBe('Strong PLCs')
    await f.context.close()
  })

  it('silent brainstorm drafts stay private until reveal; dot votes show my budget and, once closed, a ranked list the facilitator marks', async () => {
    const f = await facilitatorWithBoard(app.browser, app.server)
    const pContext = await newContext(app.browser)
    const participant = await pContext.newPage()
    await joinInUi(participant, f.created.participantLink, 'Pat Teacher')
    await openSwot(participant)

    await f.page.getByRole('button', { name: 'Start a silent brainstorm' }).click()
    await participant.getByRole('heading', { name: 'Your private drafts' }).waitFor()
    await participant.getByLabel('New draft in').selectOption('weaknesses')
    await participant.getByRole('button', { name: '+ Add a private draft' }).click()
    await participant.keyboard.type('Few students reach algebra readiness')
    await expect.poll(() => participant.getByRole('textbox', { name: 'Draft 1 statement' }).inputValue()).toBe('Few students reach algebra readiness')
    expect(await f.page.getByText('Few students reach algebra readiness').count()).toBe(0)

    await listen(f.page)
    await f.page.getByRole('button', { name: 'Reveal drafts onto the board' }).click()
    await expect.poll(() => heard(f.page)).toContain('Revealed 1 draft onto the board.')
    await expect
      .poll(() => quadrant(f.page, 'weaknesses').getByRole('textbox', { name: 'Weakness 1', exact: true }).inputValue())
      .toBe('Few students reach algebra readiness')
    await expect.poll(() => participant.getByRole('heading', { name: 'Your private drafts' }).count()).toBe(0)

    await f.page.getByLabel('Dots per person').fill('3')
    await f.page.getByLabel('Most dots on one item').fill('2')
    await f.page.getByRole('button', { name: 'Open a dot vote' }).click()
    await participant.getByTestId('dots-left').waitFor()
    await participant.getByRole('button', { name: /^Add a dot to Weakness 1/ }).click()
    await participant.getByRole('button', { name: /^Add a dot to Weakness 1/ }).click()
    await expect.poll(() => participant.getByTestId('dots-left').textContent()).toContain('You have 1 of 3 dots left')
    await expect.poll(() => participant.getByRole('button', { name: /^Add a dot to Weakness 1/ }).isDisabled()).toBe(true)

    await f.page.getByRole('button', { name: 'Close the vote and tally' }).click()
    const results = f.page.getByRole('region', { name: /^Vote results/ })
    await expect.poll(() => results.getByRole('listitem').first().textContent()).toContain('2 dots')
    await results.getByRole('checkbox', { name: 'Top priority' }).check()
    await expect.poll(() => quadrant(participant, 'weaknesses').getByText('★ Top priority').count()).toBe(1)
    await Promise.all([f.context.close(), pContext.close()])
  })

  it('has no serious or critical accessibility violations, empty or in use', async () => {
    const context = await newContext(app.browser)
    const page = await context.newPage()
    await createWorkspaceInUi(page, app.server.url)
    await openSwot(page)
    await page.getByRole('button', { name: 'Create the first SWOT board' }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Create the first SWOT board' }).click()
    await page.getByRole('button', { name: '+ Add a weakness' }).click()
    await page.keyboard.type('Attendance drops in winter')
    await page.getByRole('button', { name: 'Start a silent brainstorm' }).click()
    await page.getByRole('button', { name: 'Open a dot vote' }).click()
    await page.getByTestId('dots-left').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()
  })
})
