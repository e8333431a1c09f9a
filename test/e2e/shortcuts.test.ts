/** WCAG 2.1.4: the whiteboard's single-key shortcuts work only while the whiteboard has focus, and can be switched off. */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appAndBrowser, newContext } from './helpers/browser'
import { createWorkspaceInUi, openBoard, waitForEditor } from './helpers/flows'

const currentTool = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as { __rootworkTest: { editor: { getCurrentToolId(): string } } }).__rootworkTest.editor.getCurrentToolId())

describe('character key shortcuts (WCAG 2.1.4)', () => {
  const app = appAndBrowser()
  async function facilitatorOnWhiteboard(): Promise<Page> {
    const context = await newContext(app.browser)
    app.track(context)
    const page = await context.newPage()
    await createWorkspaceInUi(page, app.server.url)
    await openBoard(page, 'Whiteboard')
    await waitForEditor(page)
    return page
  }

  it('with focus on a board-nav link, pressing r, d and e changes no tldraw tool; on the canvas r still picks the rectangle', async () => {
    const page = await facilitatorOnWhiteboard()
    expect(await currentTool(page)).toBe('select')
    const link = page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'SWOT', exact: true })
    await link.focus()
    for (const key of ['r', 'd', 'e']) {
      await page.keyboard.press(key)
      expect(await currentTool(page)).toBe('select')
    }
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('SWOT')
    // the canvas, clicked, has focus: the shortcut is the person's to use
    await page.locator('.tl-canvas').click({ position: { x: 50, y: 50 } })
    await page.keyboard.press('r')
    await expect.poll(() => currentTool(page)).toBe('geo')
  }, 90_000)

  it('the single-key shortcuts setting turns them off on the canvas too, and this browser remembers it', async () => {
    const page = await facilitatorOnWhiteboard()
    await page.getByLabel(/Single-key shortcuts/).uncheck()
    await page.locator('.tl-canvas').click({ position: { x: 50, y: 50 } })
    await page.keyboard.press('r')
    expect(await currentTool(page)).toBe('select')
    await page.reload()
    await waitForEditor(page)
    expect(await page.getByLabel(/Single-key shortcuts/).isChecked()).toBe(false)
    await page.locator('.tl-canvas').click({ position: { x: 50, y: 50 } })
    await page.keyboard.press('d')
    expect(await currentTool(page)).toBe('select')
    await page.getByLabel(/Single-key shortcuts/).check()
    await page.locator('.tl-canvas').click({ position: { x: 50, y: 50 } })
    await page.keyboard.press('d')
    await expect.poll(() => currentTool(page)).toBe('draw')
  }, 90_000)
})
