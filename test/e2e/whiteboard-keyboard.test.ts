/** WCAG 2.1.1 and 1.1.1 on the whiteboard: a keyboard path onto the canvas, and its words as a "Board contents" list. */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appAndBrowser, newContext } from './helpers/browser'
import { createWorkspaceInUi, joinInUi, waitForEditor } from './helpers/flows'

interface EditorHook {
  getCurrentPageShapes(): { id: string; type: string }[]
  getShapePageBounds(id: string): { center: { x: number; y: number } } | undefined
  getViewportPageBounds(): { center: { x: number; y: number } }
  getShapeUtil(type: string): { getText?(shape: unknown): string | undefined }
}

/** The notes the editor holds, each with its text and how far its centre is from the view's centre. */
const notesOnCanvas = (page: Page): Promise<{ text: string; offCentre: number }[]> =>
  page.evaluate(() => {
    const editor = (window as unknown as { __rootworkTest: { editor: EditorHook } }).__rootworkTest.editor
    const view = editor.getViewportPageBounds().center
    return editor
      .getCurrentPageShapes()
      .filter((s) => s.type === 'note')
      .map((s) => {
        const c = editor.getShapePageBounds(s.id)?.center ?? { x: Infinity, y: Infinity }
        return { text: editor.getShapeUtil('note').getText?.(s) ?? '', offCentre: Math.hypot(c.x - view.x, c.y - view.y) }
      })
  })

/** Presses Tab until the focused element has this accessible text, as a keyboard user would. */
async function tabTo(page: Page, name: string, maxStops = 40): Promise<void> {
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab')
    const here = await page.evaluate(() => (document.activeElement?.textContent ?? '').trim())
    if (here === name) return
  }
  throw new Error(`no Tab stop named "${name}" within ${maxStops} presses`)
}

const contents = (page: Page) => page.getByRole('region', { name: 'Board contents' })

describe('the whiteboard by keyboard and as text', () => {
  const app = appAndBrowser()

  it('by keyboard alone a facilitator adds a note at the centre of the view and types in it; it is in "Board contents" and a participant sees the text', async () => {
    const fContext = await newContext(app.browser)
    const pContext = await newContext(app.browser)
    const oContext = await newContext(app.browser)
    app.track(fContext, pContext, oContext)
    const coach = await fContext.newPage()
    const created = await createWorkspaceInUi(coach, app.server.url)
    await waitForEditor(coach)
    const participant = await pContext.newPage()
    await joinInUi(participant, created.participantLink, 'Pat Teacher')
    await waitForEditor(participant)

    // keyboard only from here: Tab from the top of the page to the button, Enter, type
    await coach.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await tabTo(coach, 'Add note')
    await coach.keyboard.press('Enter')
    await expect.poll(() => coach.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^board-item-shape:/)
    await coach.keyboard.type('Attendance dips')
    await coach.keyboard.press('Enter')
    await coach.keyboard.type('in week 3')
    const typed = 'Attendance dips\nin week 3'
    await expect.poll(() => notesOnCanvas(coach)).toEqual([{ text: typed, offCentre: expect.any(Number) }])
    expect((await notesOnCanvas(coach))[0]?.offCentre).toBeLessThan(1)
    expect(await contents(coach).getByLabel('Note 1').inputValue()).toBe(typed)

    // the other browser: on its canvas and in its list, typed live
    await expect.poll(() => notesOnCanvas(participant).then((n) => n.map((x) => x.text))).toEqual([typed])
    await expect.poll(() => contents(participant).getByLabel('Note 1').inputValue()).toBe(typed)

    // an edit from the other list reaches the coach's field, though it still has focus
    await contents(participant).getByLabel('Note 1').fill('Attendance dips in weeks 3 and 4')
    await expect.poll(() => contents(coach).getByLabel('Note 1').inputValue()).toBe('Attendance dips in weeks 3 and 4')

    // while the facilitator locks the whiteboard, the participant's list is text only
    await coach.getByRole('checkbox', { name: 'Lock Whiteboard for review' }).check()
    await expect.poll(() => contents(participant).getByRole('textbox').count()).toBe(0)
    expect(await contents(participant).getByRole('button').count()).toBe(0)
    await coach.getByRole('checkbox', { name: 'Lock Whiteboard for review' }).uncheck()
    await contents(participant).getByLabel('Note 1').waitFor()

    // an observer reads the list, and can change nothing from it
    const observer = await oContext.newPage()
    await joinInUi(observer, created.observerLink, 'Olu Reflector', 'researcher')
    await waitForEditor(observer)
    await expect.poll(() => contents(observer).getByText('Attendance dips in weeks 3 and 4').count()).toBe(1)
    expect(await contents(observer).getByRole('button').count()).toBe(0)
    expect(await contents(observer).getByRole('textbox').count()).toBe(0)

    // a delete from the list moves focus to "Add note"
    await contents(coach).getByRole('button', { name: 'Delete Note 1' }).focus()
    await coach.keyboard.press('Enter')
    await expect.poll(() => coach.evaluate(() => document.activeElement?.textContent)).toBe('Add note')
    await expect.poll(() => notesOnCanvas(participant)).toEqual([])
    await contents(observer).getByText('No notes or text on the whiteboard yet.').waitFor()

    // a text left empty would be invisible on the canvas: leaving its field removes it, as tldraw does
    await coach.keyboard.press('Tab')
    await coach.keyboard.press('Enter')
    await expect.poll(() => coach.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^board-item-shape:/)
    expect(await contents(coach).getByLabel('Text 1').count()).toBe(1)
    await coach.keyboard.press('Shift+Tab')
    await contents(coach).getByText('No notes or text on the whiteboard yet.').waitFor()
  }, 120_000)
})
