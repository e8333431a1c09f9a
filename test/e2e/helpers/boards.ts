/** Walking the board nav in browser tests: which boards a page offers, and waiting until one has loaded. */
import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import { waitForEditor } from './flows'

/** Board-nav names this page offers (the facilitator also has the panel). */
export const boardsOf = (page: Page): Promise<string[]> =>
  page.getByRole('navigation', { name: 'Boards' }).getByRole('link').evaluateAll((links) => links.map((a) => (a.textContent ?? '').trim()))

/** The board region is there and nothing in it is still loading (the whiteboard: tldraw's own UI too). */
export async function settled(page: Page, board: string): Promise<void> {
  await page.getByRole('main', { name: board }).waitFor()
  await expect.poll(() => page.locator('main [aria-busy="true"], main .whiteboard-frame[role="status"]').count(), { timeout: 15_000 }).toBe(0)
  if (board === 'Whiteboard') {
    await waitForEditor(page)
    // tldraw's toolbar and style panel (with the opacity slider) are part of what is checked
    await page.locator('.tlui-main-toolbar, .tlui-toolbar').first().waitFor()
  }
}
