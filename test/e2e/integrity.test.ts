import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appAndBrowser, newContext } from './helpers/browser'
import { createWorkspaceInUi, drawRectangle, waitForEditor } from './helpers/flows'
import { connectionCloses, dropNoiseImage, imageSeen, shapeTypes, twoMembers } from './helpers/integrity'
const status = (page: Page) => page.getByTestId('sync-status')
/** a 5 MB image is painted, hashed and uploaded in the page: generous on a loaded 2-core CI machine */
const SLOW = 120_000

describe('nothing a member does loses work, in real browsers', () => {
  // room for one 5 MB image per workspace, not two
  const app = appAndBrowser({ ASSET_QUOTA_BYTES: String(8 * 1024 * 1024) })

  it('a 5 MB image dropped on the whiteboard reaches another member from the server, and a rectangle drawn after it arrives too', async () => {
    const { created, facilitator, participant, close } = await twoMembers(app.browser, app.server, 'whiteboard')
    const size = await dropNoiseImage(facilitator, 5 * 1024 * 1024)
    expect(size).toBeGreaterThanOrEqual(5 * 1024 * 1024)
    const workspaceId = new URL(created.workspaceUrl).pathname.split('/')[2]
    await expect.poll(() => imageSeen(participant), { timeout: 30_000 }).toEqual({ src: expect.stringMatching(new RegExp(`^/api/workspaces/${workspaceId}/assets/`)), loaded: true })

    await drawRectangle(facilitator)
    await expect.poll(() => shapeTypes(participant)).toEqual(['geo', 'image'])
    await expect.poll(() => status(facilitator).getAttribute('data-save')).toBe('saved')
    // the image never travelled in a document update: no socket was closed for size
    expect(await connectionCloses(facilitator)).toBe(0)
    await close()
  }, SLOW)

  it('an image past the workspace quota is refused with the reason, and leaves no empty frame for anyone', async () => {
    const { facilitator, participant, close } = await twoMembers(app.browser, app.server, 'whiteboard')
    await dropNoiseImage(facilitator, 5 * 1024 * 1024)
    await expect.poll(() => imageSeen(participant), { timeout: 30_000 }).toMatchObject({ loaded: true })
    await dropNoiseImage(facilitator, 5 * 1024 * 1024)
    await expect.poll(() => facilitator.getByTestId('local-refusal').textContent(), { timeout: 30_000 }).toMatch(/The image was not added: this workspace has used 5\.\d MiB of its 8\.0 MiB for uploads/)
    await expect.poll(() => shapeTypes(facilitator)).toEqual(['image'])
    await expect.poll(() => shapeTypes(participant)).toEqual(['image'])
    await close()
  }, SLOW)

  it('text typed in SWOT while the server is down survives a reload and reaches another member once the server is back', async () => {
    const { created, facilitator, participant, close } = await twoMembers(app.browser, app.server, 'swot')
    await expect.poll(() => status(participant).getAttribute('data-save')).toBe('saved')

    await app.server.halt()
    await expect.poll(() => status(participant).getAttribute('data-connection')).toBe('offline')
    await participant.getByRole('button', { name: '+ Add a weakness' }).click()
    await participant.keyboard.type('Few interventions in grade 7')
    // stored in this browser before anything else happens
    await expect.poll(() => status(participant).textContent()).toContain('kept in this browser')

    // the reload fails while the server is down; the edit is in IndexedDB, not in the page
    await participant.reload().catch(() => undefined)
    await app.server.restart()
    await participant.goto(created.workspaceUrl.replace(/\/w\/([^/]+).*$/, '/w/$1/swot'))
    const theirs = facilitator.getByRole('textbox', { name: 'Weakness 1', exact: true })
    await expect.poll(() => theirs.inputValue().catch(() => ''), { timeout: 30_000 }).toBe('Few interventions in grade 7')
    await expect.poll(() => status(participant).getAttribute('data-save'), { timeout: 20_000 }).toBe('saved')
    await close()
  }, SLOW)

  it('a paste too large to share is refused in the field with a message, and typing after it still reaches another member', async () => {
    const { facilitator, participant, close } = await twoMembers(app.browser, app.server, 'swot')
    await participant.getByRole('button', { name: '+ Add a strength' }).click()
    await participant.keyboard.type('Strong PLCs')
    const mine = participant.getByRole('textbox', { name: 'Strength 1', exact: true })
    const theirs = facilitator.getByRole('textbox', { name: 'Strength 1', exact: true })
    await expect.poll(() => theirs.inputValue().catch(() => '')).toBe('Strong PLCs')

    // a 3 MB paste: more than the relay's 2 MiB frame limit
    await mine.evaluate((el: HTMLTextAreaElement) => {
      el.value = `${el.value}${'x'.repeat(3 * 1024 * 1024)}`
      el.dispatchEvent(new Event('input', { bubbles: true }))
    })
    await expect.poll(() => participant.getByTestId('local-refusal').textContent()).toContain('too large to share')
    expect(await mine.inputValue()).toBe('Strong PLCs')

    await mine.focus()
    await participant.keyboard.press('End')
    await participant.keyboard.type(' in math')
    await expect.poll(() => theirs.inputValue()).toBe('Strong PLCs in math')
    expect(await connectionCloses(participant)).toBe(0)
    await close()
  }, SLOW)

  it('leaving a workspace from the home page forgets it and deletes the copies kept in this browser', async () => {
    const context = await newContext(app.browser)
    const page = await context.newPage()
    const created = await createWorkspaceInUi(page, app.server.url)
    await waitForEditor(page)
    const workspaceId = new URL(created.workspaceUrl).pathname.split('/')[2] ?? ''
    const kept = () => page.evaluate(async (id) => (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.includes(id)), workspaceId)
    await expect.poll(kept).toHaveLength(4) // board, control, private, whiteboard: what a facilitator writes

    await page.goto(app.server.url)
    await page.getByRole('button', { name: 'Leave Grade 7 math — root causes on this device' }).click()
    await page.getByRole('group', { name: 'Leave Grade 7 math — root causes' }).getByRole('button', { name: 'Leave' }).click()
    await page.getByText('You left “Grade 7 math — root causes” on this device.').waitFor()
    await expect.poll(kept).toEqual([])
    expect(await page.getByRole('link', { name: 'Grade 7 math — root causes' }).count()).toBe(0)
    await context.close()
  }, SLOW)
})
