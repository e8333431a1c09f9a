/** WCAG 2.4.1, 2.4.2, 2.4.3, 3.3.1: skip link, page titles, focus after join and after creating the first SWOT board, invalid join fields. */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appAndBrowser, newContext } from './helpers/browser'
import { createWorkspaceInUi, joinInUi, openBoard } from './helpers/flows'

interface Focused {
  readonly tag: string
  readonly name: string
  readonly visible: boolean
}

/** What has focus: its accessible name (label, aria-label or text) and whether it is on screen. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const e = document.activeElement
    if (!(e instanceof HTMLElement) || e === document.body) return { tag: 'body', name: '', visible: false }
    const r = e.getBoundingClientRect()
    const name = (e.getAttribute('aria-label') ?? e.textContent ?? '').trim()
    return { tag: e.tagName.toLowerCase(), name, visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight }
  })

describe('focus, skip link and page titles', () => {
  const app = appAndBrowser()

  it('every board tab is titled "Board · Workspace · Rootwork" and the first Tab stop is "Skip to board", which moves focus to the board', async () => {
    const context = await newContext(app.browser)
    app.track(context)
    const page = await context.newPage()
    await createWorkspaceInUi(page, app.server.url)
    await expect.poll(() => page.title()).toBe('Whiteboard · Grade 7 math — root causes · Rootwork')
    await openBoard(page, 'Plan')
    await expect.poll(() => page.title()).toBe('Plan · Grade 7 math — root causes · Rootwork')
    await page.reload()
    await page.getByTestId('sync-status').waitFor()
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('Tab')
    expect(await focused(page)).toEqual({ tag: 'a', name: 'Skip to board', visible: true })
    await page.keyboard.press('Enter')
    expect(await focused(page)).toMatchObject({ tag: 'main', name: 'Plan', visible: true })
  }, 90_000)

  it('after a reload focus is on the board region with no focus ring; "Skip to board" by keyboard shows the ring there', async () => {
    const context = await newContext(app.browser)
    app.track(context)
    const page = await context.newPage()
    await createWorkspaceInUi(page, app.server.url)
    await openBoard(page, 'Plan')
    await page.reload()
    await page.getByTestId('sync-status').waitFor()
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'main', name: 'Plan' })
    const ring = () => page.evaluate(() => getComputedStyle(document.activeElement ?? document.body).outlineStyle)
    expect(await ring()).toBe('none')
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('Tab')
    expect(await focused(page)).toMatchObject({ tag: 'a', name: 'Skip to board' })
    await page.keyboard.press('Enter')
    expect(await focused(page)).toMatchObject({ tag: 'main', name: 'Plan' })
    expect(await ring()).toBe('solid')
  }, 90_000)

  it('after joining, and after "Create the first SWOT board", focus is on a visible, named element', async () => {
    const facilitator = await newContext(app.browser)
    const participant = await newContext(app.browser)
    app.track(facilitator, participant)
    const created = await createWorkspaceInUi(await facilitator.newPage(), app.server.url)
    const page = await participant.newPage()
    await joinInUi(page, created.participantLink, 'Tess Teacher')
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'main', visible: true })
    expect((await focused(page)).name).not.toBe('')
    await openBoard(page, 'SWOT')
    await page.getByRole('button', { name: 'Create the first SWOT board' }).click()
    await page.getByRole('button', { name: '+ Add a strength' }).waitFor()
    await expect.poll(() => focused(page)).not.toMatchObject({ tag: 'body' })
    const after = await focused(page)
    expect(after.visible).toBe(true)
    expect(after.name).not.toBe('')
  }, 90_000)

  it('the join form marks every invalid field aria-invalid and focuses the first', async () => {
    const facilitator = await newContext(app.browser)
    const participant = await newContext(app.browser)
    app.track(facilitator, participant)
    const created = await createWorkspaceInUi(await facilitator.newPage(), app.server.url)
    const page = await participant.newPage()
    await page.goto(created.participantLink)
    await expect.poll(() => page.title()).toBe('Join · Grade 7 math — root causes · Rootwork')
    await page.getByRole('button', { name: 'Join workspace' }).click()
    const name = page.getByLabel('Your name')
    const role = page.getByLabel('Your role')
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true')
    expect(await role.getAttribute('aria-invalid')).toBe('true')
    expect(await name.evaluate((e) => e === document.activeElement)).toBe(true)
    await name.fill('Tess Teacher')
    await page.getByRole('button', { name: 'Join workspace' }).click()
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe(null)
    expect(await role.getAttribute('aria-invalid')).toBe('true')
    expect(await role.evaluate((e) => e === document.activeElement)).toBe(true)
  }, 90_000)
})
