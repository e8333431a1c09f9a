/**
 * A live session as a coach runs it (issue 19): locks nobody is ejected by, follow mode, the dock on
 * a 1280×800 screen with pinned prompts above the fold, and the symposium agenda from start to end.
 */
import { describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { appAndBrowser, newContext, seriousAxeViolations } from './helpers/browser'
import { createWorkspaceInUi, joinInUi, waitForEditor, openBoard } from './helpers/flows'

/** Counts this page's websocket closes that the page did not ask for (`window.__closes`): the server's refusals, errors, drops. */
async function countingCloses(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Reflect.set(window, '__closes', 0)
    const Native = window.WebSocket
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols)
        // 1000/1005: this page closed it (a board it left); anything else came from the server or the network
        this.addEventListener('close', (e) => {
          if (e.code !== 1000 && e.code !== 1005) Reflect.set(window, '__closes', Number(Reflect.get(window, '__closes')) + 1)
        })
      }
    }
  })
}
const closes = (page: Page): Promise<number> => page.evaluate(() => Number(Reflect.get(window, '__closes')))
const board = openBoard
const saved = (page: Page) => expect.poll(() => page.getByTestId('sync-status').getAttribute('data-save'), { timeout: 15_000 }).toBe('saved')
const banner = (page: Page) => page.getByTestId('access-banner')
type Camera = { x: number; y: number; z: number }
const camera = (page: Page): Promise<Camera> =>
  page.evaluate(() => {
    const c = (window as unknown as { __rootworkTest: { editor: { getCamera(): Camera } } }).__rootworkTest.editor.getCamera()
    return { x: Math.round(c.x), y: Math.round(c.y), z: Math.round(c.z * 100) / 100 }
  })
const setCamera = (page: Page, c: Camera) =>
  page.evaluate((to) => (window as unknown as { __rootworkTest: { editor: { setCamera(c: Camera): void } } }).__rootworkTest.editor.setCamera(to), c)

async function lockFromPanel(coach: Page, label: string, on: boolean): Promise<void> {
  await board(coach, 'Facilitator panel')
  const box = coach.getByRole('group', { name: 'Board locks (read-only for members)' }).getByRole('checkbox', { name: new RegExp(`^${label}`) })
  if (on) await box.check()
  else await box.uncheck()
}

describe('a live session in real browsers', () => {
  const app = appAndBrowser()

  async function person(link: string, name: string, role = 'teacher', options: { counting?: boolean } = {}): Promise<Page> {
    const context = await newContext(app.browser)
    app.track(context)
    if (options.counting) await countingCloses(context)
    const page = await context.newPage()
    await joinInUi(page, link, name, role)
    return page
  }

  async function coachWorkspace() {
    const context = await newContext(app.browser)
    app.track(context)
    const coach = await context.newPage()
    const created = await createWorkspaceInUi(coach, app.server.url)
    return { coach, created }
  }

  it('locking the plan ejects nobody who edited only SWOT or reacted on a synthesis card, and locked boards say who locked them', async () => {
    const { coach, created } = await coachWorkspace()
    // the plan has earlier deletions: typed, then erased
    await board(coach, 'Plan')
    const vision = coach.getByRole('textbox', { name: 'Vision' })
    await vision.fill('A draft vision to erase')
    await vision.fill('')
    await board(coach, 'SWOT')
    await coach.getByRole('button', { name: 'Create the first SWOT board' }).click()
    await board(coach, 'Synthesis')
    await coach.getByRole('button', { name: 'Add the four symposium topics' }).click()
    await coach.getByRole('button', { name: /^\+ Add card to Agreement/ }).first().click()
    await coach.getByLabel(/^New card in Agreement/).fill('Mentoring matters')
    await coach.getByRole('button', { name: 'Add card', exact: true }).click()
    await saved(coach)

    const sam = await person(created.participantLink, 'Sam Swot', 'teacher', { counting: true })
    const rae = await person(created.participantLink, 'Rae React', 'principal', { counting: true })
    await board(sam, 'SWOT')
    await sam.getByRole('button', { name: '+ Add a strength' }).click()
    await sam.keyboard.type('Strong PLCs')
    await board(rae, 'Synthesis')
    const card = rae.getByTestId('synthesis-card').first()
    await card.getByRole('button', { name: /Disagree/ }).click()
    await Promise.all([saved(sam), saved(rae)])
    expect([await closes(sam), await closes(rae)]).toEqual([0, 0])

    await lockFromPanel(coach, 'Plan', true)
    // both keep working on their own boards while the plan is locked, and after it is unlocked
    await sam.keyboard.type(' and coaching')
    await card.getByRole('button', { name: /Agree/ }).first().click()
    await Promise.all([saved(sam), saved(rae)])
    await lockFromPanel(coach, 'Plan', false)
    await sam.keyboard.type('!')
    await card.getByRole('button', { name: /Disagree/ }).click()
    await Promise.all([saved(sam), saved(rae)])
    expect({ sam: await closes(sam), rae: await closes(rae) }).toEqual({ sam: 0, rae: 0 })

    // a locked SWOT shows the banner and refuses typing in the UI
    await lockFromPanel(coach, 'SWOT', true)
    await expect.poll(() => banner(sam).textContent()).toContain('SWOT is locked for review by Coach Kim')
    const item = sam.locator('section[data-quadrant="strengths"]').getByRole('textbox', { name: 'Strength 1', exact: true })
    await expect.poll(() => item.getAttribute('readonly')).not.toBeNull()
    const before = await item.inputValue()
    await item.press('End').catch(() => undefined)
    await sam.keyboard.type('xyz')
    expect(await item.inputValue()).toBe(before)

    // the rubric team review and the whiteboard show the same banner; the whiteboard turns read-only
    await lockFromPanel(coach, 'Self-reflection', true)
    await lockFromPanel(coach, 'Whiteboard', true)
    await board(sam, 'Self-reflection')
    await expect.poll(() => banner(sam).textContent()).toContain('Self-reflection is locked for review by Coach Kim')
    await board(sam, 'Whiteboard')
    await waitForEditor(sam)
    await expect.poll(() => banner(sam).textContent()).toContain('Whiteboard is locked for review by Coach Kim')
    await expect
      .poll(() => sam.evaluate(() => (window as unknown as { __rootworkTest: { editor: { getIsReadonly(): boolean } } }).__rootworkTest.editor.getIsReadonly()))
      .toBe(true)
    expect(await closes(sam)).toBe(0)
    expect(await seriousAxeViolations(sam, { exclude: ['.tl-container'] })).toEqual([])
  }, 180_000)

  it('a write refused by the server reloads only that board in place, keeps the member on it, and shows the refused text to copy', async () => {
    const { coach, created } = await coachWorkspace()
    const tess = await person(created.participantLink, 'Tess Typist', 'teacher')
    await board(tess, 'Plan')
    await tess.getByRole('textbox', { name: 'Vision' }).fill('Every student on grade level')
    await saved(tess)
    await lockFromPanel(coach, 'Plan', true)
    await expect.poll(() => banner(tess).textContent()).toContain('Plan is locked for review by Coach Kim')
    // the UI no longer takes input, so write past it, as a client that missed the lock would; the
    // relay honours in-flight writes for a short grace, so keep writing until one is refused
    let n = 0
    await expect
      .poll(
        async () => {
          n++
          await tess.evaluate((i) => {
            const hook = (window as unknown as { __rootworkTest: { connection: { board: { doc: { getMap(n: string): { set(k: string, v: string): void } } } } } }).__rootworkTest
            hook.connection.board.doc.getMap('plan').set(`late-${i}`, `Attendance dips ${i}`)
          }, n)
          return tess.getByTestId('refused-notice').count()
        },
        { timeout: 20_000, interval: 250 },
      )
      .toBe(1)
    expect(new URL(tess.url()).pathname).toMatch(/\/plan$/)
    await expect.poll(() => tess.getByRole('textbox', { name: 'Your text that was not saved' }).inputValue()).toContain('Attendance dips')
    await expect.poll(() => tess.getByTestId('sync-status').getAttribute('data-save')).not.toBe('refused')
    expect(await tess.getByRole('textbox', { name: 'Vision' }).inputValue()).toBe('Every student on grade level')
    await tess.getByRole('button', { name: 'Done' }).click()
    await expect.poll(() => tess.getByTestId('refused-notice').count()).toBe(0)
  }, 120_000)

  it('follow me: followers track the coach across boards and whiteboard pans, a follower who pans breaks away, and a reload keeps each state', async () => {
    const { coach, created } = await coachWorkspace()
    const fay = await person(created.participantLink, 'Fay Follower', 'teacher')
    const bea = await person(created.participantLink, 'Bea Breakaway', 'principal')
    await board(coach, 'Whiteboard')
    await waitForEditor(coach)
    await coach.getByTestId('facilitator-dock').getByRole('button', { name: 'Follow me' }).click()
    for (const p of [fay, bea]) await expect.poll(() => p.getByTestId('follow-bar').textContent()).toContain('Following Coach Kim')

    for (const [label, path] of [['SWOT', '/swot'], ['Plan', '/plan'], ['Whiteboard', '/whiteboard']] as const) {
      await board(coach, label)
      for (const p of [fay, bea]) await p.waitForURL((url) => url.pathname.endsWith(path))
    }
    await waitForEditor(coach)
    await setCamera(coach, { x: -420, y: -260, z: 1.5 })
    const target = await camera(coach)
    for (const p of [fay, bea]) {
      await waitForEditor(p)
      await expect.poll(() => camera(p)).toEqual(target)
    }
    expect(await seriousAxeViolations(fay, { exclude: ['.tl-container'] })).toEqual([])

    // Bea pans by herself: she stops following; Fay keeps following the next board change
    await setCamera(bea, { x: 100, y: 50, z: 0.75 })
    await expect.poll(() => bea.getByTestId('follow-bar').textContent()).toContain('looking around on your own')
    await board(coach, 'SWOT')
    await fay.waitForURL((url) => url.pathname.endsWith('/swot'))
    expect(new URL(bea.url()).pathname).toMatch(/\/whiteboard$/)

    // a reload keeps what each was doing
    await Promise.all([fay.reload(), bea.reload()])
    await expect.poll(() => fay.getByTestId('follow-bar').textContent()).toContain('Following Coach Kim')
    await board(coach, 'Plan')
    await fay.waitForURL((url) => url.pathname.endsWith('/plan'))
    await expect.poll(() => bea.getByTestId('follow-bar').textContent()).toContain('looking around on your own')
    expect(new URL(bea.url()).pathname).toMatch(/\/whiteboard$/)

    // "Bring everyone here" is the one-time snap, and takes Bea along again
    await coach.getByTestId('facilitator-dock').getByRole('button', { name: 'Bring everyone here' }).click()
    await bea.waitForURL((url) => url.pathname.endsWith('/plan'))
    // anyone may follow anyone from the presence list
    await bea.getByRole('button', { name: 'Follow Fay Follower' }).click()
    await board(fay, 'Synthesis')
    await bea.waitForURL((url) => url.pathname.endsWith('/synthesis'))
    await expect.poll(() => bea.getByTestId('follow-bar').textContent()).toContain('Following Fay Follower')
  }, 180_000)

  it('at 1280×800 the dock’s controls are all on screen and pinned prompts sit above the fold', async () => {
    const { coach, created } = await coachWorkspace()
    const pat = await person(created.participantLink, 'Pat Teacher')
    for (const name of ['Ann', 'Ben', 'Cy', 'Dee', 'Eve', 'Fin']) await person(created.participantLink, `${name} Member`)
    await expect.poll(() => coach.getByTestId('member').count()).toBe(8)
    await board(coach, 'Facilitator panel')
    await coach.getByLabel('Agenda template').selectOption('root-cause')
    await coach.getByRole('button', { name: 'Use this agenda' }).click()
    // decks are folded; a search opens the matching prompts
    await coach.getByLabel('Search prompts').fill('data')
    await coach.getByRole('button', { name: /^Pin to boards/ }).first().click()
    await board(coach, 'SWOT')
    const dock = coach.getByTestId('facilitator-dock')
    await dock.waitFor()
    await coach.screenshot({ path: '.tmp/dock-1280x800.png' })
    for (const control of [
      dock.getByRole('button', { name: '‹ Back' }),
      dock.getByRole('button', { name: 'Next phase ›' }),
      dock.getByRole('button', { name: /Start .*timer/ }),
      dock.getByRole('button', { name: 'Follow me' }),
      dock.getByRole('button', { name: 'Bring everyone here' }),
      dock.getByRole('checkbox', { name: 'Lock SWOT for review' }),
      dock.getByRole('link', { name: /Facilitator panel/ }),
    ]) {
      const box = await control.boundingBox()
      expect(box, (await control.textContent()) ?? '').not.toBeNull()
      expect((box?.y ?? 900) + (box?.height ?? 0)).toBeLessThanOrEqual(800)
    }
    await coach.screenshot({ path: '.tmp/dock-1280x800.png' })
    await board(pat, 'SWOT')
    const pinned = pat.getByTestId('pinned-prompts')
    await pinned.waitFor()
    expect(((await pinned.boundingBox())?.y ?? 900) + 40).toBeLessThan(800)
    // each member may hide a pinned prompt for themselves
    await pinned.getByRole('button', { name: /^Hide this question/ }).first().click()
    await expect.poll(() => pat.getByTestId('pinned-prompts').count()).toBe(0)
    await expect.poll(() => coach.getByTestId('pinned-prompts').count()).toBe(1)
  }, 180_000)
})
