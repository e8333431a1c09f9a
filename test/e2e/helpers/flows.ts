/** What a person does, as reusable steps: create a workspace, read invite links, join from a link. */
import { expect } from 'vitest'
import type { Page } from 'playwright-core'

export interface CreatedWorkspace {
  readonly workspaceUrl: string
  readonly participantLink: string
  readonly observerLink: string
}

export async function createWorkspaceInUi(page: Page, base: string, facilitatorName = 'Coach Kim'): Promise<CreatedWorkspace> {
  await page.goto(base)
  await page.getByLabel('Session title').fill('Grade 7 math — root causes')
  await page.getByLabel('District or school').fill('Riverside Unified')
  await page.getByLabel('Your name (facilitator)').fill(facilitatorName)
  await page.getByLabel('Your role').selectOption('superintendent')
  await page.getByRole('button', { name: 'Create workspace' }).click()
  await page.getByRole('dialog', { name: 'Invite people' }).waitFor()
  const participant = page.getByTestId('invite-participant')
  await expect.poll(() => participant.inputValue()).toContain('#invite=')
  const participantLink = await participant.inputValue()
  const observerLink = await page.getByTestId('invite-observer').inputValue()
  await page.getByRole('button', { name: 'Done' }).click()
  return { workspaceUrl: page.url().replace(/\?.*$/, ''), participantLink, observerLink }
}

export async function joinInUi(page: Page, link: string, name: string, role = 'teacher'): Promise<void> {
  await page.goto(link)
  await page.getByLabel('Your name').fill(name)
  await page.getByLabel('Your role').selectOption(role)
  await page.getByRole('button', { name: 'Join workspace' }).click()
  await page.getByTestId('sync-status').waitFor()
}

/** The whiteboard editor the app exposes to tests; resolves once tldraw has mounted. */
export async function waitForEditor(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((window as unknown as { __rootworkTest?: { editor?: unknown } }).__rootworkTest?.editor), undefined, { timeout: 20_000 })
}

export function shapeCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const editor = (window as unknown as { __rootworkTest: { editor: { getCurrentPageShapes(): unknown[] } } }).__rootworkTest.editor
    return editor.getCurrentPageShapes().length
  })
}

/**
 * Draws a rectangle the way a person does: the R key, then a drag on the canvas. Points are
 * relative to the canvas's top-left corner (the "Board contents" list sits left of it).
 */
export async function drawRectangle(page: Page, from = { x: 120, y: 200 }, to = { x: 320, y: 330 }): Promise<void> {
  const canvas = page.locator('.tl-canvas')
  await canvas.click({ position: { x: 50, y: 50 } })
  const box = await canvas.boundingBox()
  if (!box) throw new Error('the canvas is not on screen')
  const at = (p: { x: number; y: number }) => ({ x: box.x + p.x, y: box.y + p.y })
  const [a, b] = [at(from), at(to)]
  await page.keyboard.press('r')
  await page.mouse.move(a.x, a.y)
  await page.mouse.down()
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 })
  await page.mouse.move(b.x, b.y, { steps: 5 })
  await page.mouse.up()
}

/** Opens a board from the board navigation, as a person clicks it. */
export const openBoard = (page: Page, name: string): Promise<void> =>
  page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name, exact: true }).click()
