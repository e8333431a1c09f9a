/** WCAG 1.4.11: the focus ring and every field border reach 3:1 against the background they sit on. */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appAndBrowser, newContext } from './helpers/browser'
import { createWorkspaceInUi, joinInUi, openBoard } from './helpers/flows'
import { contrastRatio, effectiveBackground, hex, parseCssColor } from './helpers/contrast'

interface Sample {
  readonly what: string
  readonly ring: string | null
  readonly border: string | null
  readonly layers: string[]
}

/** Focuses each visible control (keyboard modality, so :focus-visible applies) and reads its colours. */
function sampleControls(page: Page): Promise<Sample[]> {
  return page.evaluate(() => {
    const layersFrom = (start: Element | null): string[] => {
      const out: string[] = []
      for (let e = start; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') out.push(bg)
      }
      return out
    }
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, [tabindex="0"]')]
      .filter((e) => !e.closest('.tl-container') && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
    return controls.map((e) => {
      e.focus()
      const style = getComputedStyle(e)
      const focused = document.activeElement === e && e.matches(':focus-visible')
      const ring = focused && style.outlineStyle !== 'none' ? style.outlineColor : null
      const field = e.matches('input:not([type=radio]):not([type=checkbox]), select, textarea')
      return { what: `${e.tagName.toLowerCase()} “${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}”`, ring, border: field ? style.borderTopColor : null, layers: layersFrom(e.parentElement) }
    })
  })
}

function failures(samples: readonly Sample[]): string[] {
  const out: string[] = []
  for (const s of samples) {
    const bg = effectiveBackground(s.layers)
    for (const [kind, color] of [['focus ring', s.ring], ['border', s.border]] as const) {
      if (!color) continue
      const ratio = contrastRatio(parseCssColor(color).rgb, bg)
      if (ratio < 3) out.push(`${kind} of ${s.what}: ${color} on ${hex(bg)} is ${ratio.toFixed(2)}:1`)
    }
  }
  return out
}

/** Opens every board in the page's navigation and samples its controls. */
async function sampleEveryBoard(page: Page): Promise<Sample[]> {
  const out: Sample[] = []
  const boards = await page.getByRole('navigation', { name: 'Boards' }).getByRole('link').evaluateAll((links) => links.map((a) => (a.textContent ?? '').trim()))
  expect(boards.length).toBeGreaterThanOrEqual(10)
  for (const board of boards) {
    await openBoard(page, board)
    await page.getByRole('main').waitFor()
    await expect.poll(() => page.locator('main [aria-busy="true"]').count()).toBe(0)
    // the whiteboard's controls outside the canvas appear once tldraw has mounted
    if (board === 'Whiteboard') await page.getByRole('region', { name: 'Board contents' }).waitFor()
    out.push(...(await sampleControls(page)))
  }
  return out
}

describe('non-text contrast (WCAG 1.4.11)', () => {
  const app = appAndBrowser()

  it('measures the old amber ring and slate-400 border as failing, so a regression would show', () => {
    const white = [255, 255, 255] as const
    expect(contrastRatio(parseCssColor('rgb(245, 158, 11)').rgb, white)).toBeLessThan(3)
    expect(contrastRatio(parseCssColor('rgb(148, 163, 184)').rgb, white)).toBeLessThan(3)
  })

  it('the focus ring and field borders reach 3:1 on every background colour of the start page and of every board, for a facilitator and a participant', async () => {
    const context = await newContext(app.browser)
    app.track(context)
    const page = await context.newPage()
    await page.goto(app.server.url)
    await page.keyboard.press('Tab')
    const all: Sample[] = [...(await sampleControls(page))]
    const created = await createWorkspaceInUi(page, app.server.url)
    await page.keyboard.press('Tab')
    all.push(...(await sampleEveryBoard(page)))
    // a participant's boards (their own controls where the facilitator has the panel's)
    const other = await newContext(app.browser)
    app.track(other)
    const participant = await other.newPage()
    await joinInUi(participant, created.participantLink, 'Pat Teacher')
    await participant.keyboard.press('Tab')
    all.push(...(await sampleEveryBoard(participant)))
    const rings = all.filter((s) => s.ring)
    const borders = all.filter((s) => s.border)
    // the test measures something: rings on links, buttons and fields, and borders on fields
    expect(rings.length).toBeGreaterThan(20)
    expect(borders.length).toBeGreaterThan(5)
    const backgrounds = new Set(all.map((s) => hex(effectiveBackground(s.layers))))
    expect(backgrounds.size).toBeGreaterThan(1)
    expect(failures(all)).toEqual([])
  }, 120_000)
})
