import { describe, expect, it } from 'vitest'
import { appAndBrowser, newContext, seriousAxeViolations } from './helpers/browser'
import { createWorkspaceInUi, drawRectangle, joinInUi, shapeCount, waitForEditor } from './helpers/flows'

describe('a shared whiteboard in real browsers', () => {
  const app = appAndBrowser()

  it('a participant draws a rectangle; the facilitator sees it, after reloads too, and an observer sees it but cannot draw', async () => {
    const facilitatorContext = await newContext(app.browser)
    const facilitator = await facilitatorContext.newPage()
    const created = await createWorkspaceInUi(facilitator, app.server.url)
    await waitForEditor(facilitator)

    const participantContext = await newContext(app.browser)
    const participant = await participantContext.newPage()
    await joinInUi(participant, created.participantLink, 'Pat Teacher')
    await waitForEditor(participant)
    await expect.poll(() => participant.getByTestId('member').count()).toBe(2)

    await drawRectangle(participant)
    expect(await shapeCount(participant)).toBe(1)
    // how fast it arrives is measured by the benchmark (bench/), not asserted here
    await expect.poll(() => shapeCount(facilitator)).toBe(1)
    await expect.poll(() => participant.getByTestId('sync-status').getAttribute('data-save')).toBe('saved')

    await Promise.all([facilitator.reload(), participant.reload()])
    await Promise.all([waitForEditor(facilitator), waitForEditor(participant)])
    await expect.poll(() => shapeCount(facilitator)).toBe(1)
    await expect.poll(() => shapeCount(participant)).toBe(1)

    const observerContext = await newContext(app.browser)
    const observer = await observerContext.newPage()
    await joinInUi(observer, created.observerLink, 'Olu Reflector', 'researcher')
    await waitForEditor(observer)
    await expect.poll(() => shapeCount(observer)).toBe(1)
    await observer.getByText('Observer — view only').waitFor()
    await drawRectangle(observer, { x: 100, y: 120 }, { x: 220, y: 220 })
    expect(await shapeCount(observer)).toBe(1)
    // nothing reached the others either
    await facilitator.reload()
    await waitForEditor(facilitator)
    await expect.poll(() => shapeCount(facilitator)).toBe(1)

    await Promise.all([facilitatorContext.close(), participantContext.close(), observerContext.close()])
  })

  it('the home page and the workspace shell have no serious or critical accessibility violations', async () => {
    const context = await newContext(app.browser)
    const page = await context.newPage()
    await page.goto(app.server.url)
    expect(await seriousAxeViolations(page)).toEqual([])
    await createWorkspaceInUi(page, app.server.url)
    await waitForEditor(page)
    // tldraw's own canvas is third-party; our shell around it is checked
    expect(await seriousAxeViolations(page, { exclude: ['.tl-container'] })).toEqual([])
    await context.close()
  })
})
