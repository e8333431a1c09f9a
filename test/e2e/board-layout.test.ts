/**
 * Boards a team takes in at a glance (issue 13), at the 1366×768 laptop size coaches project from:
 * the SWOT's four quadrants and the fishbone's diagram must be on the first screen, not below a form.
 */
import { describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { appAndBrowser, newContext, seriousAxeViolations } from './helpers/browser'
import { createWorkspaceInUi } from './helpers/flows'

const LAPTOP = { width: 1366, height: 768 }

async function laptopPage(browser: Browser): Promise<Page> {
  const context = await newContext(browser)
  const page = await context.newPage()
  await page.setViewportSize(LAPTOP)
  return page
}

/** The element's box lies wholly inside the viewport and, when given, inside a scrolling container's box (not clipped by it). */
async function inViewport(target: Locator, clip?: Locator): Promise<boolean> {
  const box = await target.boundingBox()
  if (!box) return false
  const bounds = clip ? await clip.boundingBox() : { x: 0, y: 0, width: LAPTOP.width, height: LAPTOP.height }
  if (!bounds) return false
  const right = Math.min(LAPTOP.width, bounds.x + bounds.width)
  const bottom = Math.min(LAPTOP.height, bounds.y + bounds.height)
  return box.x >= Math.max(0, bounds.x) && box.y >= Math.max(0, bounds.y) && box.x + box.width <= right && box.y + box.height <= bottom
}

/** Saves a screenshot for the human review when SCREENSHOT_DIR is set (never in CI assertions). */
async function maybeScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` })
}

/** How far the page itself (not a board inside the shell) can scroll, in CSS px. */
const pageScroll = (page: Page) =>
  page.evaluate(() => ({
    vertical: Math.max(0, document.documentElement.scrollHeight - innerHeight),
    horizontal: Math.max(0, document.documentElement.scrollWidth - innerWidth),
  }))

const QUADRANTS = [
  ['strengths', 'strength', 'Strength'],
  ['weaknesses', 'weakness', 'Weakness'],
  ['opportunities', 'opportunity', 'Opportunity'],
  ['threats', 'threat', 'Threat'],
] as const

describe('boards at 1366×768', () => {
  const app = appAndBrowser()

  it('shows all four SWOT quadrant headings and the first two cards of each on load of a board with five items per quadrant', async () => {
    const page = await laptopPage(app.browser)
    await createWorkspaceInUi(page, app.server.url)
    await page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'SWOT', exact: true }).click()
    await page.getByRole('button', { name: 'Create the first SWOT board' }).click()
    for (const [q, singular, label] of QUADRANTS) {
      const article = q === 'opportunities' ? 'an' : 'a'
      for (let n = 1; n <= 5; n++) {
        await page.getByRole('button', { name: `+ Add ${article} ${singular}` }).click()
        await page.keyboard.type(`${label} ${n} of our school, written as one clear sentence`)
        await expect.poll(() => page.getByRole('textbox', { name: `${label} ${n}`, exact: true }).inputValue()).toContain('one clear sentence')
      }
    }
    await page.reload()
    const quadrant = (q: string) => page.locator(`section[data-quadrant="${q}"]`)
    await quadrant('threats').locator('.swot-item').nth(4).waitFor()
    await maybeScreenshot(page, 'swot-1366')
    const visible = async () => {
      const out: Record<string, boolean> = {}
      for (const [q] of QUADRANTS) {
        out[`${q} heading`] = await inViewport(quadrant(q).getByRole('heading', { level: 3 }))
        for (const n of [0, 1]) out[`${q} card ${n + 1}`] = await inViewport(quadrant(q).locator('.swot-item').nth(n), quadrant(q).locator('.swot-items'))
      }
      return out
    }
    const everything = Object.fromEntries(QUADRANTS.flatMap(([q]) => [`${q} heading`, `${q} card 1`, `${q} card 2`].map((k) => [k, true])))
    await expect.poll(visible).toEqual(everything)
    expect(await pageScroll(page)).toEqual({ vertical: 0, horizontal: 0 })
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('shows the fishbone diagram and the outline’s first cause together on the first screen with 45 causes', async () => {
    const page = await laptopPage(app.browser)
    const created = await createWorkspaceInUi(page, app.server.url)
    await page.goto(`${app.server.url}/w/${/\/w\/([^/?#]+)/.exec(created.workspaceUrl)?.[1]}/fishbone`)
    await page.getByLabel('Head: the problem or bright spot').fill('Low student math performance in seventh grade')
    await page.getByRole('button', { name: 'Create fishbone' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('f')).toBeTruthy()
    const bones = await page.getByLabel('on bone').locator('option').allTextContents()
    for (let n = 1; n <= 45; n++) {
      await page.getByLabel('on bone').selectOption({ label: bones[n % bones.length] ?? '' })
      await page.getByLabel('New cause').fill(`Cause ${n}: teachers lack shared planning time`)
      await page.getByLabel('New cause').press('Enter')
      await expect
        .poll(() =>
          page
            .getByRole('treeitem')
            .filter({ hasText: `Cause ${n}:` })
            .count(),
        )
        .toBe(1)
    }
    await page.reload()
    const firstCause = page
      .getByRole('treeitem')
      .filter({ hasText: /^.*Cause \d+:/ })
      .first()
    const diagram = page.getByRole('region', { name: 'Fishbone diagram (scroll to pan)' })
    await expect.poll(() => page.locator('.fb-canvas svg text[data-cause-id]').count()).toBe(45)
    await maybeScreenshot(page, 'fishbone-1366')
    await expect
      .poll(async () => ({ diagram: await inViewport(diagram), firstCause: await inViewport(firstCause) }))
      .toEqual({ diagram: true, firstCause: true })
    // scrolling the outline keeps the diagram in view
    await page.getByRole('treeitem').filter({ hasText: 'Cause 45:' }).scrollIntoViewIfNeeded()
    await expect.poll(() => inViewport(diagram)).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('the page itself does not scroll on any board: the workspace shell fits the viewport and the board scrolls inside it', async () => {
    const page = await laptopPage(app.browser)
    const created = await createWorkspaceInUi(page, app.server.url)
    const workspace = new URL(created.workspaceUrl).pathname.split('/').slice(0, 3).join('/')
    const scrolls: Record<string, { vertical: number; horizontal: number }> = {}
    for (const board of ['swot', 'fishbone', 'plan', 'rubric', 'whiteboard']) {
      await page.goto(`${app.server.url}${workspace}/${board}`)
      await page.getByTestId('announcer').waitFor({ state: 'attached' })
      await expect.poll(() => page.locator('main [aria-busy="true"], main .whiteboard-frame[role="status"]').count(), { timeout: 15_000 }).toBe(0)
      scrolls[board] = await pageScroll(page)
    }
    const none = { vertical: 0, horizontal: 0 }
    expect(scrolls).toEqual({ swot: none, fishbone: none, plan: none, rubric: none, whiteboard: none })
    await page.context().close()
  })

  it('an empty home form names the missing field in a sentence, and the invite dialog’s ?share=1 leaves the URL so a reload does not reopen it', async () => {
    const page = await laptopPage(app.browser)
    await page.goto(app.server.url)
    await page.getByRole('button', { name: 'Create workspace' }).click()
    await expect.poll(() => page.getByText('Give the session a title, for example “Grade 7 math — root causes”.').count()).toBe(1)
    expect(await page.getByText('title: title must not be empty').count()).toBe(0)
    await createWorkspaceInUi(page, app.server.url)
    expect(new URL(page.url()).searchParams.has('share')).toBe(false)
    await page.reload()
    await page.getByRole('navigation', { name: 'Boards' }).waitFor()
    expect(await page.getByRole('dialog', { name: 'Invite people' }).count()).toBe(0)
    await page.context().close()
  })
})
