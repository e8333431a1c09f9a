/** The workspace announcer (`data-testid="announcer"`) as tests hear it: every text it takes, even one replaced a moment later. */
import type { Page } from 'playwright-core'

/** Starts recording what the live region says. */
export async function listen(page: Page): Promise<void> {
  await page.getByTestId('announcer').waitFor({ state: 'attached' })
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="announcer"]')
    const heard: string[] = []
    Reflect.set(window, '__heard', heard)
    if (region) new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true })
  })
}

/** Everything heard since `listen`, joined with " | ". */
export const heard = (page: Page): Promise<string> => page.evaluate(() => ((Reflect.get(window, '__heard') as string[] | undefined) ?? []).join(' | '))
