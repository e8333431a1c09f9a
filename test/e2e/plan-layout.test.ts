/**
 * The plan editor at the 1280×800 laptop size (issue 13): with long, real measures, names and
 * budgets no table cell clips its text; unwritten theory-of-action parts are prompts in the editor
 * and never placeholders in the overview; the section jump menu moves focus to a section (issue 18).
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appAndBrowser, newContext, seriousAxeViolations } from './helpers/browser'
import { createWorkspaceInUi } from './helpers/flows'
import { seedRealisticPlan, tokenOf, workspaceIdOf } from './helpers/plan-seed'

/**
 * Every plan table cell, and every field inside one, whose content is wider than its box. Headers
 * kept only for screen readers (inside a 1-px box, when a narrow table stacks) are not shown text.
 */
function clippedCells(page: Page) {
  return page.evaluate(() => {
    const screenReaderOnly = (el: Element): boolean => {
      for (let a: Element | null = el; a; a = a.parentElement) {
        const r = a.getBoundingClientRect()
        if (r.width <= 1 || r.height <= 1) return true
      }
      return false
    }
    return [...document.querySelectorAll<HTMLElement>('.plan-view table th, .plan-view table td, .plan-view table input, .plan-view table textarea')]
      .filter((el) => el.getClientRects().length > 0 && !screenReaderOnly(el) && el.scrollWidth > el.clientWidth)
      .map((el) => `${el.tagName} "${(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : el.textContent ?? '').slice(0, 40)}" ${el.scrollWidth}>${el.clientWidth}`)
  })
}

/** Saves a screenshot for the human review when SCREENSHOT_DIR is set (never in CI assertions). */
async function maybeScreenshot(page: Page, name: string, fullPage = false): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage })
}

describe('the plan editor at 1280×800', () => {
  const app = appAndBrowser()

  it('no plan table cell clips its text with long measures, percentages and names, and unwritten theory-of-action parts are prompts, not placeholders', async () => {
    const context = await newContext(app.browser)
    const page = await context.newPage()
    const created = await createWorkspaceInUi(page, app.server.url)
    const id = workspaceIdOf(created.workspaceUrl)
    const stop = await seedRealisticPlan(app.server.url, id, await tokenOf(page, id))
    await page.goto(`${app.server.url}/w/${id}/plan`)
    await page.getByRole('heading', { name: 'Priority Planning & Reporting' }).waitFor()
    await expect.poll(() => page.getByLabel('Goal 1, measure 3: Target year 3').inputValue()).toBe('10%')
    await expect.poll(() => page.getByLabel('Action 1.1.1.2: the step').inputValue()).toBe('Schedule weekly common planning time for math teachers')
    stop()
    await maybeScreenshot(page, 'plan-1280')
    await page.getByLabel('Goal 1, measure 1: Indicator').scrollIntoViewIfNeeded()
    await maybeScreenshot(page, 'plan-1280-measures')
    await page.getByLabel('Action 1.1.1.1: the step').scrollIntoViewIfNeeded()
    await maybeScreenshot(page, 'plan-1280-actions')
    expect(await clippedCells(page)).toEqual([])

    // strategy 2.1 has only its "if we" part: the editor asks for the rest, the overview shows no "…"
    await page.getByText('Still to write: the “then” part and the “and” part.').waitFor()
    const overview = page.getByRole('region', { name: 'Priority Overview' })
    await overview.getByText('2.1 If we call the family of every student on the second absence in a month.').waitFor()
    expect(await overview.textContent()).not.toContain('…')
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()
  }, 90_000)

  it.each([
    ['Priority Planning & Reporting', 'plan-planning'],
    ['Needs Assessment', 'plan-needs'],
    ['School Strategic Direction', 'plan-direction'],
  ])('the section jump menu moves keyboard focus to the “%s” heading', async (name, headingId) => {
    const context = await newContext(app.browser)
    const page = await context.newPage()
    await createWorkspaceInUi(page, app.server.url)
    await page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Plan', exact: true }).click()
    const link = page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name, exact: true })
    await link.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(headingId)
    const box = await page.locator(`#${headingId}`).boundingBox()
    expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true)
    // Tab goes on from the section, not from the top of the page
    await page.keyboard.press('Tab')
    expect(await page.evaluate((id) => Boolean(document.getElementById(id)?.closest('section')?.contains(document.activeElement)), headingId)).toBe(true)
    await context.close()
  })
})
