import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appAndBrowser, newContext } from './helpers/browser'
import { createWorkspaceInUi, drawRectangle, joinInUi, waitForEditor } from './helpers/flows'
import { connectionCloses, dropNoiseImage, imageSeen, shapeTypes } from './helpers/integrity'

const openSwot = (page: Page) => page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'SWOT', exact: true }).click()
const status = (page: Page) => page.getByTestId('sync-status')

describe('nothing a member does loses work, in real browsers', () => {
  const app = appAndBrowser()

  it('a 5 MB image dropped on the whiteboard reaches another member from the server, and a rectangle drawn after it arrives too', async () => {
    const fContext = await newContext(app.browser)
    const facilitator = await fContext.newPage()
    const created = await createWorkspaceInUi(facilitator, app.server.url)
    await waitForEditor(facilitator)
    const pContext = await newContext(app.browser)
    const participant = await pContext.newPage()
    await joinInUi(participant, created.participantLink, 'Pat Teacher')
    await waitForEditor(participant)

    const size = await dropNoiseImage(facilitator, 5 * 1024 * 1024)
    expect(size).toBeGreaterThanOrEqual(5 * 1024 * 1024)
    const workspaceId = new URL(created.workspaceUrl).pathname.split('/')[2]
    await expect.poll(() => imageSeen(participant), { timeout: 30_000 }).toEqual({ src: expect.stringMatching(new RegExp(`^/api/workspaces/${workspaceId}/assets/`)), loaded: true })

    await drawRectangle(facilitator)
    await expect.poll(() => shapeTypes(participant)).toEqual(['geo', 'image'])
    await expect.poll(() => status(facilitator).getAttribute('data-save')).toBe('saved')
    // the image never travelled in a document update: no socket was closed for size
    expect(await connectionCloses(facilitator)).toBe(0)
    await Promise.all([fContext.close(), pContext.close()])
  })

  it('text typed in SWOT while the server is down survives a reload and reaches another member once the server is back', async () => {
    const fContext = await newContext(app.browser)
    const facilitator = await fContext.newPage()
    const created = await createWorkspaceInUi(facilitator, app.server.url)
    await openSwot(facilitator)
    await facilitator.getByRole('button', { name: 'Create the first SWOT board' }).click()
    const pContext = await newContext(app.browser)
    const participant = await pContext.newPage()
    await joinInUi(participant, created.participantLink, 'Pat Teacher')
    await openSwot(participant)
    await participant.getByRole('button', { name: '+ Add a weakness' }).waitFor()
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
    await Promise.all([fContext.close(), pContext.close()])
  })
})
