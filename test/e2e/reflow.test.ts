/** WCAG 1.4.10: every board reflows at 320 CSS px and at 200 % zoom of 1280×800 (640×400) without sideways scrolling. */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appAndBrowser, newContext } from './helpers/browser'
import { createWorkspaceInUi, joinInUi } from './helpers/flows'

/** Sideways overflow of the page and of the board region (which scrolls by itself on wide screens). */
const overflow = (page: Page): Promise<{ page: number; board: number }> =>
  page.evaluate(() => {
    const main = document.querySelector('main')
    return { page: document.documentElement.scrollWidth - innerWidth, board: main ? main.scrollWidth - main.clientWidth : 0 }
  })

/** Every board in this page's navigation, at both sizes: what scrolls sideways, by board and size. */
async function sidewaysOnEveryBoard(page: Page): Promise<string[]> {
  const base = new URL(page.url()).origin
  const boards = await page.getByRole('navigation', { name: 'Boards' }).getByRole('link').evaluateAll((links) => links.map((a) => ({ name: a.textContent ?? '', href: a.getAttribute('href') ?? '' })))
  expect(boards.length).toBeGreaterThan(8)
  const found: string[] = []
  for (const size of [{ width: 320, height: 800 }, { width: 640, height: 400 }]) {
    await page.setViewportSize(size)
    for (const board of boards) {
      await page.goto(base + board.href)
      await page.getByTestId('sync-status').waitFor()
      await expect.poll(() => page.locator('main [aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0)
      const measured = await overflow(page)
      // the whiteboard may scroll in two dimensions (WCAG allows it for 2-D content); the page around it may not
      const board2d = board.href.endsWith('/whiteboard') ? 0 : measured.board
      if (measured.page > 0 || board2d > 0) found.push(`${board.name} at ${size.width}×${size.height}: page +${measured.page}px, board +${board2d}px`)
    }
  }
  return found
}

describe('reflow (WCAG 1.4.10)', () => {
  const app = appAndBrowser()

  it('every board a facilitator can open has no sideways scrolling at 320×800 and at 640×400 (the whiteboard canvas excepted)', async () => {
    const context = await newContext(app.browser)
    app.track(context)
    const page = await context.newPage()
    await createWorkspaceInUi(page, app.server.url)
    expect(await sidewaysOnEveryBoard(page)).toEqual([])
  }, 180_000)

  it('every board a participant and an observer can open has no sideways scrolling at 320×800 and at 640×400 (the whiteboard canvas excepted)', async () => {
    const contexts = await Promise.all([newContext(app.browser), newContext(app.browser), newContext(app.browser)])
    app.track(...contexts)
    const [coach, participant, observer] = await Promise.all(contexts.map((c) => c.newPage()))
    if (!coach || !participant || !observer) throw new Error('three pages')
    const created = await createWorkspaceInUi(coach, app.server.url)
    await joinInUi(participant, created.participantLink, 'Pat Teacher')
    await joinInUi(observer, created.observerLink, 'Olu Reflector', 'researcher')
    expect([...(await sidewaysOnEveryBoard(participant)), ...(await sidewaysOnEveryBoard(observer))]).toEqual([])
  }, 240_000)
})
