/** Every board that edits undoes and redoes this person's own change by keyboard (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y). */
import { describe, expect, it } from 'vitest'
import { appAndBrowser, newContext } from './helpers/browser'
import { createWorkspaceInUi, drawRectangle, joinInUi, shapeCount, waitForEditor, openBoard } from './helpers/flows'

const board = openBoard

describe('undo and redo by keyboard on every board', () => {
  const app = appAndBrowser()

  it('SWOT, fishbone, plan, self-reflection, breakout group, synthesis and whiteboard each undo and redo by keyboard', async () => {
    const context = await newContext(app.browser)
    app.track(context)
    const page = await context.newPage()
    const created = await createWorkspaceInUi(page, app.server.url)

    // SWOT: typing in an item
    await board(page, 'SWOT')
    await page.getByRole('button', { name: 'Create the first SWOT board' }).click()
    await page.getByRole('button', { name: '+ Add a strength' }).click()
    const strength = page.locator('section[data-quadrant="strengths"]').getByRole('textbox', { name: 'Strength 1', exact: true })
    await page.keyboard.type('Strong PLCs')
    await expect.poll(() => strength.inputValue()).toBe('Strong PLCs')
    await strength.press('Control+z')
    await expect.poll(() => strength.count().then((n) => (n === 0 ? '' : strength.inputValue()))).toBe('')
    await page.locator('.swot-board').getByRole('button', { name: 'Redo' }).focus()
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => strength.inputValue()).toBe('Strong PLCs')

    // fishbone: a cause added, undone, redone
    await board(page, 'Fishbone')
    await page.getByLabel('Head: the problem or bright spot').fill('Low 7th-grade math')
    await page.getByRole('button', { name: 'Create fishbone' }).click()
    await page.getByLabel('New cause').fill('No common planning time')
    await page.getByLabel('New cause').press('Enter')
    const cause = page.locator('[role="treeitem"][data-cause-id]')
    await expect.poll(() => cause.count()).toBe(1)
    await cause.first().focus()
    await page.keyboard.press('Control+z')
    await expect.poll(() => cause.count()).toBe(0)
    await page.getByRole('group', { name: 'Undo' }).getByRole('button', { name: 'Redo' }).focus()
    await page.keyboard.press('Control+y')
    await expect.poll(() => cause.count()).toBe(1)

    // plan: typing in a priority area
    await board(page, 'Plan')
    await page.getByRole('button', { name: '+ Add priority area' }).click()
    await page.keyboard.type('Attendance')
    const area = page.getByLabel('Priority 1: priority area')
    await expect.poll(() => area.inputValue()).toBe('Attendance')
    await page.keyboard.press('Control+z')
    await expect.poll(() => area.count().then((n) => (n === 0 ? '' : area.inputValue()))).toBe('')
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => area.inputValue()).toBe('Attendance')

    // self-reflection: a private pick
    await board(page, 'Self-reflection')
    const pick = page.locator('article[data-element="1a1"]').getByRole('radio', { name: 'Basic Performance', exact: true })
    await pick.click()
    await expect.poll(() => pick.isChecked()).toBe(true)
    await pick.press('Control+z')
    await expect.poll(() => pick.isChecked()).toBe(false)
    await pick.press('Control+y')
    await expect.poll(() => pick.isChecked()).toBe(true)

    // synthesis: a card added
    await board(page, 'Synthesis')
    await page.getByRole('button', { name: 'Add the four symposium topics' }).click()
    await page.getByRole('button', { name: /^\+ Add card to Agreement/ }).first().click()
    await page.getByLabel(/^New card in Agreement/).fill('Mentoring matters')
    await page.getByRole('button', { name: 'Add card', exact: true }).click()
    const cards = page.getByTestId('synthesis-card')
    await expect.poll(() => cards.count()).toBe(1)
    await cards.first().getByRole('textbox').focus()
    await page.keyboard.press('Control+z')
    await expect.poll(() => cards.count()).toBe(0)
    await page.getByTestId('synthesis').getByRole('button', { name: 'Redo' }).focus()
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => cards.count()).toBe(1)

    // a breakout group's board: a note added
    const memberContext = await newContext(app.browser)
    app.track(memberContext)
    await joinInUi(await memberContext.newPage(), created.participantLink, 'Tess Teacher')
    await board(page, 'Facilitator panel')
    await page.getByRole('button', { name: 'Make groups' }).click()
    await page.getByRole('button', { name: 'Start breakouts' }).click()
    await page.locator('a[href*="/group/"]').first().click()
    await page.getByTestId('group-board').waitFor()
    await page.getByLabel('New note in Challenges').fill('Turnover in year two')
    await page.locator('[data-section="challenges"]').getByRole('button', { name: 'Add note' }).click()
    const notes = page.locator('[data-section="challenges"]').getByTestId('group-note')
    await expect.poll(() => notes.count()).toBe(1)
    await notes.first().getByRole('textbox').focus()
    await page.keyboard.press('Control+z')
    await expect.poll(() => notes.count()).toBe(0)
    await page.getByTestId('group-board').getByRole('button', { name: 'Redo' }).focus()
    await page.keyboard.press('Control+y')
    await expect.poll(() => notes.count()).toBe(1)

    // whiteboard: tldraw's own history, by the same keys
    await board(page, 'Whiteboard')
    await waitForEditor(page)
    await drawRectangle(page)
    await expect.poll(() => shapeCount(page)).toBe(1)
    await page.keyboard.press('Control+z')
    await expect.poll(() => shapeCount(page)).toBe(0)
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => shapeCount(page)).toBe(1)
  }, 180_000)
})
