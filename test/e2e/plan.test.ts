import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { readZipEntry } from '../server/snapshots/unzip'
import { appAndBrowser, newContext, seriousAxeViolations } from './helpers/browser'
import { createWorkspaceInUi, joinInUi } from './helpers/flows'
import { heard, listen } from './helpers/announcer'

async function openPlan(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Plan' }).click()
  await page.getByRole('heading', { name: 'Priority Planning & Reporting' }).waitFor()
}

describe('the improvement plan in real browsers', () => {
  const app = appAndBrowser()

  it('two people write a small plan together; the facilitator snapshots it, downloads Word and Markdown, marks it final and downloads the PDF', async () => {
    const facilitatorContext = await newContext(app.browser)
    const facilitator = await facilitatorContext.newPage()
    const created = await createWorkspaceInUi(facilitator, app.server.url)
    await openPlan(facilitator)

    const participantContext = await newContext(app.browser)
    const participant = await participantContext.newPage()
    await joinInUi(participant, created.participantLink, 'Pat Teacher')
    await openPlan(participant)

    // the facilitator writes a priority and a strategy (new items take focus, so typing goes there)
    await facilitator.getByRole('button', { name: '+ Add priority area' }).click()
    await expect.poll(() => facilitator.evaluate(() => document.activeElement?.id && document.querySelector(`label[for="${document.activeElement.id}"]`)?.textContent)).toBe('Priority 1: priority area')
    await facilitator.keyboard.type('Seventh-grade math')
    await facilitator.getByRole('button', { name: '+ Add strategy to Priority 1' }).click()
    await facilitator.getByLabel('If we …', { exact: true }).fill('coach math teachers on explicit instruction')

    // the participant sees them live and adds a milestone and an action with one owner
    await expect.poll(() => participant.getByLabel('Priority 1: priority area').inputValue()).toBe('Seventh-grade math')
    await participant.getByRole('button', { name: '+ Add milestone to Strategy 1.1' }).click()
    await participant.getByLabel('Milestone 1.1.1: what will be true').fill('Coaching cycles in every math class')
    await participant.getByRole('button', { name: '+ Add action to Milestone 1.1.1' }).click()
    await participant.getByLabel('Action 1.1.1.1: the step').fill('Hire a math coach')
    const owner = participant.getByLabel('Person responsible (one)')
    await owner.fill('Coach Kim')
    await owner.press('Enter')

    await expect.poll(() => facilitator.getByLabel('Action 1.1.1.1: the step').inputValue()).toBe('Hire a math coach')
    await expect.poll(() => facilitator.getByLabel('Person responsible (one)').inputValue()).toBe('Coach Kim')
    await expect.poll(() => facilitator.getByLabel('If we …', { exact: true }).inputValue()).toBe('coach math teachers on explicit instruction')
    // a delete is undone with Ctrl+Z (focus lands on Undo, since the deleted item's button is gone)
    await facilitator.getByRole('button', { name: '+ Add priority area' }).click()
    await facilitator.keyboard.type('Attendance')
    await facilitator.getByRole('button', { name: 'Delete Priority 2' }).click()
    await expect.poll(() => facilitator.getByLabel('Priority 2: priority area').count()).toBe(0)
    await facilitator.keyboard.press('Control+z')
    await expect.poll(() => facilitator.getByLabel('Priority 2: priority area').inputValue()).toBe('Attendance')
    await facilitator.getByRole('button', { name: 'Delete Priority 2' }).click()
    await expect.poll(() => participant.getByLabel('Priority 2: priority area').count()).toBe(0)

    // the live quality check reports the strategy without a measure, beside the editor
    await facilitator.getByText('Strategy 1.1 has no performance measure').waitFor()
    expect(await seriousAxeViolations(facilitator)).toEqual([])

    await facilitator.getByRole('button', { name: 'Versions & exports' }).click()
    await facilitator.getByLabel('Update summary (why this version)').fill('First draft with the team')
    await listen(facilitator)
    await facilitator.getByRole('button', { name: 'Take snapshot' }).click()
    // the form's line shows the outcome; the workspace's one announcer speaks it (the line is not live)
    await facilitator.locator('main').getByText(/Version 1 saved/).waitFor()
    await expect.poll(() => heard(facilitator)).toMatch(/Taking the snapshot.* \| Version 1 saved/)
    await facilitator.getByRole('heading', { name: /Version 1/ }).waitFor()
    expect(await seriousAxeViolations(facilitator)).toEqual([])

    const [docx] = await Promise.all([facilitator.waitForEvent('download'), facilitator.getByRole('button', { name: 'Download Word (.docx)' }).click()])
    expect(docx.suggestedFilename()).toMatch(/-v1\.docx$/)
    await expect.poll(() => heard(facilitator)).toMatch(/Downloaded .*-v1\.docx/)
    expect(await facilitator.locator('main [aria-live]:not([aria-live="off"]), main [role="status"]').count()).toBe(0)
    const xml = readZipEntry(readFileSync((await docx.path()) ?? ''), 'word/document.xml') ?? ''
    expect(xml).toContain('1.1.1.1 Hire a math coach')

    const [md] = await Promise.all([facilitator.waitForEvent('download'), facilitator.getByRole('button', { name: 'Download Markdown (.md)' }).click()])
    expect(md.suggestedFilename()).toMatch(/-v1\.md$/)
    const markdown = readFileSync((await md.path()) ?? '', 'utf8')
    expect(markdown).toContain('## Priority Planning & Reporting')
    expect(markdown).toContain('Hire a math coach')

    // the participant can open the version read-only but cannot take one
    await participant.getByRole('button', { name: 'Versions & exports' }).click()
    await participant.getByRole('button', { name: 'Open version 1' }).click()
    await participant.getByText('If we coach math teachers on explicit instruction.', { exact: true }).waitFor()
    expect(await participant.getByRole('button', { name: 'Take snapshot' }).count()).toBe(0)
    expect(await participant.getByRole('button', { name: 'Mark as final…' }).count()).toBe(0)

    // the facilitator marks it final (asked once more) and downloads the PDF, now without draft marks
    await facilitator.getByRole('button', { name: 'Mark as final…' }).click()
    await facilitator.getByRole('button', { name: 'Yes, mark final' }).click()
    await facilitator.getByText(/Marked final by Coach Kim/).waitFor()
    const [pdf] = await Promise.all([facilitator.waitForEvent('download'), facilitator.getByRole('button', { name: 'Download PDF (.pdf)' }).click()])
    expect(pdf.suggestedFilename()).toMatch(/-v1\.pdf$/)
    const bytes = readFileSync((await pdf.path()) ?? '')
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(await seriousAxeViolations(facilitator)).toEqual([])

    await Promise.all([facilitatorContext.close(), participantContext.close()])
  }, 120_000)
})
