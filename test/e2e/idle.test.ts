import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appAndBrowser } from './helpers/browser'
import { connectionCloses, twoMembers } from './helpers/integrity'

/** IDLE_TEST_MS shortens the session for a local try; CI runs the full ten minutes (scripts/test.sh, in the background). */
const IDLE_MS = Number(process.env.IDLE_TEST_MS ?? 10 * 60_000)

/** Records every status the pill shows from now on, so a flicker between two looks is not missed. */
function watchStatus(page: Page): Promise<void> {
  return page.evaluate(() => {
    const pill = document.querySelector('[data-testid="sync-status"]')
    if (!pill) throw new Error('no status pill')
    const seen: string[] = []
    Reflect.set(window, '__statusSeen', seen)
    new MutationObserver(() => seen.push(`${pill.getAttribute('data-connection')}:${pill.getAttribute('data-save')}`)).observe(pill, { attributes: true, childList: true, subtree: true, characterData: true })
  })
}
const statusSeen = (page: Page) => page.evaluate(() => Reflect.get(window, '__statusSeen') as string[])

describe('an idle session in real browsers', () => {
  const app = appAndBrowser()

  it(`stays connected for ${Math.round(IDLE_MS / 60_000)} idle minutes: zero reconnects, and the status never says offline`, async () => {
    const { facilitator, participant, close } = await twoMembers(app.browser, app.server, 'whiteboard')
    for (const page of [facilitator, participant]) {
      await expect.poll(() => page.getByTestId('sync-status').getAttribute('data-save')).toBe('saved')
      await watchStatus(page)
    }
    const before = [await connectionCloses(facilitator), await connectionCloses(participant)]

    // the idle time is what is under test, not a wait for something: nobody touches anything
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS))

    expect([await connectionCloses(facilitator), await connectionCloses(participant)]).toEqual(before)
    expect(before).toEqual([0, 0])
    for (const page of [facilitator, participant]) {
      expect((await statusSeen(page)).filter((s) => !s.startsWith('connected'))).toEqual([])
      expect(await page.getByTestId('sync-status').getAttribute('data-connection')).toBe('connected')
    }
    await close()
  }, IDLE_MS + 5 * 60_000)
})
