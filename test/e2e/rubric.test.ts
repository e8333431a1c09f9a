import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Download, Page } from 'playwright-core'
import { appAndBrowser, newContext, seriousAxeViolations } from './helpers/browser'
import { createWorkspaceInUi, joinInUi } from './helpers/flows'
import { heard, listen } from './helpers/announcer'

/** Presses `key` until the focused element ("TAG aria-label text") matches `name` (keyboard-only navigation). */
async function keyTo(page: Page, name: RegExp, key = 'Tab', limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key)
    const focused = await page.evaluate(() => {
      const el = document.activeElement
      return el ? `${el.tagName} ${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}` : ''
    })
    if (name.test(focused)) return
  }
  throw new Error(`could not reach ${String(name)} with ${key}`)
}

const element = (page: Page, id: string) => page.locator(`article[data-element="${id}"]`)
const teamCard = (page: Page, id: string) => page.locator(`[data-testid="rubric-team-element"][data-element="${id}"]`)
const pickWithMouse = (page: Page, id: string, level: string) => element(page, id).getByRole('radio', { name: level, exact: true }).click()
const openRubric = (page: Page) => page.getByRole('link', { name: 'Self-reflection' }).click()
const saved = (page: Page) => expect.poll(() => page.getByTestId('sync-status').getAttribute('data-save')).toBe('saved')
const downloaded = async (page: Page, button: string): Promise<{ name: string; bytes: Buffer }> => {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])
  const path = await download.path()
  return { name: download.suggestedFilename(), bytes: readFileSync(path) }
}

describe('the LEA self-reflection in real browsers', () => {
  const app = appAndBrowser()

  it('three people score (one keyboard-only), the facilitator reveals, disagreement sorts first, the team locks a level with evidence, and the exports download', async () => {
    const contexts = await Promise.all([newContext(app.browser), newContext(app.browser), newContext(app.browser)])
    const [facilitator, pat, kai] = await Promise.all(contexts.map((c) => c.newPage()))
    if (!facilitator || !pat || !kai) throw new Error('pages')
    const created = await createWorkspaceInUi(facilitator, app.server.url)
    await joinInUi(pat, created.participantLink, 'Pat Teacher')
    await joinInUi(kai, created.participantLink, 'Kai Keys', 'principal')

    // the facilitator and Pat score with the mouse: they agree on 1a1 and are three levels apart on 1a2
    await openRubric(facilitator)
    await pickWithMouse(facilitator, '1a1', 'Moderate Performance')
    await pickWithMouse(facilitator, '1a2', 'Consistently Low Performance')
    await openRubric(pat)
    await expect.poll(() => pat.getByText('private').first().isVisible()).toBe(true)
    expect(await seriousAxeViolations(pat)).toEqual([])
    await pickWithMouse(pat, '1a1', 'Moderate Performance')
    await pickWithMouse(pat, '1a2', 'Consistently High Performance')
    await element(pat, '1a2').getByLabel('Evidence for 1a2').fill('New teachers have a buddy but no induction plan.')
    await expect.poll(() => pat.getByTestId('rubric-progress').textContent()).toContain('2 of 37 elements scored')

    // Kai uses only the keyboard: reach the board, jump to the next unscored element, arrow through levels, type evidence
    await keyTo(kai, /^A\s+Self-reflection$/)
    await kai.keyboard.press('Enter')
    // like a person, wait for the board to appear before tabbing into it
    await kai.getByTestId('rubric-progress').waitFor()
    await keyTo(kai, /Go to next unscored element/)
    await kai.keyboard.press('Enter')
    await kai.keyboard.press('ArrowRight')
    expect(await element(kai, '1a1').getByRole('radio', { name: 'Basic Performance', exact: true }).isChecked()).toBe(true)
    await keyTo(kai, /^TEXTAREA/)
    await kai.keyboard.type('Leaders talk about urgency at every staff meeting.')
    expect(await element(kai, '1a1').getByLabel('Evidence for 1a1').inputValue()).toContain('urgency')
    await keyTo(kai, /Go to next unscored element/, 'Shift+Tab')
    await kai.keyboard.press('Enter')
    await kai.keyboard.press('ArrowRight')
    await kai.keyboard.press('ArrowRight')
    expect(await element(kai, '1a2').getByRole('radio', { name: 'Moderate Performance', exact: true }).isChecked()).toBe(true)
    await expect.poll(() => kai.getByTestId('rubric-progress').textContent()).toContain('2 of 37 elements scored')
    await Promise.all([saved(facilitator), saved(pat), saved(kai)])

    // the facilitator sees who has started, then reveals the Leadership domain
    await facilitator.getByRole('button', { name: 'Refresh progress' }).click()
    await expect.poll(() => facilitator.getByTestId('rubric-team-progress').textContent()).toContain('3 started')
    await expect.poll(() => facilitator.getByText('Kai Keys: 2 of 37').isVisible()).toBe(true)
    await listen(facilitator)
    await facilitator.getByRole('button', { name: 'Reveal Leadership' }).click()
    // the panel's own result line is shown, and spoken by the workspace's one announcer (it is not a live region itself)
    const panel = facilitator.getByRole('region', { name: 'Facilitator: scoring and reveal' })
    await expect.poll(() => panel.locator('.rb-status').textContent()).toMatch(/^Revealed\. Results shown for: Leadership/)
    await expect.poll(() => heard(facilitator)).toMatch(/Revealed\. Results shown for: Leadership/)
    expect(await panel.locator('.rb-status[aria-live], .rb-status[role="status"]').count()).toBe(0)

    // Pat reviews: the disagreement (1a2) sorts first; rubric order puts 1a1 first again
    await pat.getByRole('button', { name: 'Team review', exact: true }).click()
    const firstCard = () => pat.getByTestId('rubric-team-element').first().getAttribute('data-element')
    await expect.poll(firstCard).toBe('1a2')
    await expect.poll(() => teamCard(pat, '1a2').getByTestId('rubric-disagreement').textContent()).toContain('Disagreement')
    await pat.getByRole('radio', { name: 'Rubric order' }).check()
    await expect.poll(firstCard).toBe('1a1')
    await pat.getByRole('radio', { name: 'Disagreements first' }).check()
    await expect.poll(firstCard).toBe('1a2')

    // a team level cannot be locked without evidence, and the reason is shown
    const basic = teamCard(pat, '1a2').getByRole('radio', { name: 'Basic Performance', exact: true })
    expect(await basic.isDisabled()).toBe(true)
    expect(await teamCard(pat, '1a2').getByText('cannot be locked without evidence').isVisible()).toBe(true)
    await teamCard(pat, '1a2').getByLabel('Team evidence for 1a2').fill('Buddy system exists; no written induction programme.')
    await expect.poll(() => basic.isEnabled()).toBe(true)
    await basic.check()
    await facilitator.getByRole('button', { name: 'Team review', exact: true }).click()
    await expect.poll(() => teamCard(facilitator, '1a2').getByTestId('rubric-team-locked').textContent()).toContain('Locked at Basic Performance by Pat Teacher')
    expect(await seriousAxeViolations(facilitator)).toEqual([])

    // heatmap: the team level is a word on the cell, the distribution is the cell's description; both exports download
    await facilitator.getByRole('button', { name: 'Heatmap and exports' }).click()
    const cell = facilitator.locator('[data-testid="heatmap-cell"][data-element="1a2"]')
    expect(await cell.textContent()).toContain('Basic')
    await cell.focus()
    await expect.poll(() => facilitator.locator('#rb-tip-1a2').isVisible()).toBe(true)
    expect(await facilitator.locator('#rb-tip-1a2').textContent()).toContain('Disagreement')
    const png = await downloaded(facilitator, 'Download heatmap (PNG)')
    expect(png.name).toBe('self-reflection-heatmap.png')
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    const csv = await downloaded(facilitator, 'Download results (CSV)')
    expect(csv.name).toBe('self-reflection-results.csv')
    const rows = csv.bytes.toString('utf8').split('\r\n')
    expect(rows[0]).toContain('Element')
    expect(rows[0]).toContain('Pat Teacher') // named mode: one column per person
    expect(rows.find((r) => r.includes(',1a2,'))).toContain(',yes,')
    expect(await seriousAxeViolations(facilitator)).toEqual([])

    await Promise.all(contexts.map((c) => c.close()))
  })
})
