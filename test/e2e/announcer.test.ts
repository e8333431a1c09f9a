/** WCAG 4.1.3: a participant's one polite live region hears every facilitator action, whatever board they are on. */
import { describe, expect, it } from 'vitest'
import { appAndBrowser, newContext } from './helpers/browser'
import { heard, listen } from './helpers/announcer'
import { createWorkspaceInUi, joinInUi, openBoard } from './helpers/flows'

describe('one workspace-wide announcer for the facilitator’s actions', () => {
  const app = appAndBrowser()

  it('a participant’s live region receives brainstorm, reveal, vote, lock, phase, timer started and ended, and rubric announcements', async () => {
    const fContext = await newContext(app.browser)
    const pContext = await newContext(app.browser)
    app.track(fContext, pContext)
    const coach = await fContext.newPage()
    const created = await createWorkspaceInUi(coach, app.server.url)
    await openBoard(coach, 'SWOT')
    await coach.getByRole('button', { name: 'Create the first SWOT board' }).click()
    const participant = await pContext.newPage()
    await joinInUi(participant, created.participantLink, 'Pat Teacher')
    await openBoard(participant, 'SWOT')
    await participant.getByRole('button', { name: '+ Add a strength' }).waitFor()
    await listen(participant)
    expect(await participant.locator('[data-testid="announcer"][aria-live="polite"]').count()).toBe(1)

    const expectHeard = (pattern: RegExp) => expect.poll(() => heard(participant), { timeout: 15_000 }).toMatch(pattern)
    await coach.getByRole('button', { name: 'Start a silent brainstorm' }).click()
    await expectHeard(/Silent brainstorm started/)
    await coach.getByRole('button', { name: 'Reveal drafts onto the board' }).click()
    await expectHeard(/Drafts revealed/)
    await coach.getByLabel('Dots per person').fill('3')
    await coach.getByLabel('Most dots on one item').fill('2')
    await coach.getByRole('button', { name: 'Open a dot vote' }).click()
    await expectHeard(/Vote opened[^|]*You have 3 dots\./)
    await coach.getByRole('button', { name: 'Close the vote and tally' }).click()
    await expectHeard(/Vote closed/)
    await expectHeard(/Vote results[^|]*0 people placed 0 dots/)

    const lock = coach.getByRole('checkbox', { name: 'Lock SWOT for review' })
    await lock.check()
    await expectHeard(/SWOT locked by the facilitator/)
    await lock.uncheck()
    await expectHeard(/SWOT unlocked/)

    await openBoard(coach, 'Facilitator panel')
    await coach.getByTestId('facilitator-panel').waitFor()
    await coach.getByLabel('Agenda template').selectOption('symposium')
    await coach.getByRole('button', { name: 'Use this agenda' }).click()
    await coach.getByRole('button', { name: 'Next phase ›' }).first().click()
    await expectHeard(/Phase 2 of \d+: Cross-role breakouts/)
    await coach.getByLabel('Minutes', { exact: true }).fill('10')
    await coach.getByRole('button', { name: 'Start 10 min timer' }).click()
    await expectHeard(/Timer running: (10:00|9:\d\d) left/)
    // ten minutes taken off, one at a time: the timer ends now
    for (let i = 0; i < 10; i++) await coach.getByRole('button', { name: '−1 min' }).first().click()
    await expectHeard(/Time's up\./)

    await openBoard(coach, 'Self-reflection')
    await coach.getByRole('button', { name: 'Reveal Leadership' }).click()
    await expectHeard(/Rubric results revealed for domain 1, Leadership/)
  }, 150_000)
})
