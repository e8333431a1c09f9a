/**
 * Typing latency in board fields against a plain <textarea> on the same page: for each keystroke,
 * the time from the keydown event to the next animation frame after the field shows the character
 * (i.e. React and the Y.Text binding have run), measured inside the page. A busy board (many SWOT
 * items, a plan draft) is used so a keystroke that re-read unrelated roots would show.
 * Run: `bash scripts/build-to.sh .tmp/bench && node --import tsx bench/typing.ts --dist=.tmp/bench`
 */
import { chromium, type Page } from 'playwright-core'
import { CreateWorkspaceResponse } from '../shared/api/contract'
import { CHROMIUM_FLAGS } from './client-page'
import { startOurs } from './lib/servers'
import { median, percentileSorted } from './lib/stats'

const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length) ?? '.tmp/bench'
const KEYS = Number(process.argv.find((a) => a.startsWith('--keys='))?.slice('--keys='.length) ?? 80)
const ITEMS = Number(process.argv.find((a) => a.startsWith('--items='))?.slice('--items='.length) ?? 60)
const TEXT = 'the quick brown fox jumps over the lazy dog '

/** Installs the in-page probe: keydown time → first frame after the focused field's value changed. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__lat = []
    window.__work = []
    const channel = new MessageChannel()
    let pending = null
    channel.port1.onmessage = () => { if (pending !== null) { window.__work.push(performance.now() - pending); pending = null } }
    document.addEventListener('keydown', (e) => {
      if (e.key.length !== 1) return
      const t0 = performance.now()
      // the task after this key's events: input handling, the Y.Text write, observers and React's render are done
      pending = t0
      setTimeout(() => channel.port2.postMessage(0), 0)
      const el = document.activeElement
      const before = el && 'value' in el ? el.value : ''
      const check = () => {
        const now = el && 'value' in el ? el.value : ''
        if (now !== before) requestAnimationFrame(() => window.__lat.push(performance.now() - t0))
        else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    }, true)
  })()`)
}

async function measure(page: Page, selector: string): Promise<number[]> {
  await page.locator(selector).first().click()
  await page.evaluate('window.__lat = []; window.__work = []')
  for (let i = 0; i < KEYS; i++) await page.keyboard.type(TEXT[i % TEXT.length] ?? 'x', { delay: 0 })
  await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length >= n, KEYS, { timeout: 30_000 })
  return page.evaluate('window.__lat') as Promise<number[]>
}
const work = (page: Page) => page.evaluate('window.__work') as Promise<number[]>

const summary = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return { median: median(xs), p95: percentileSorted(sorted, 95) }
}

async function main(): Promise<void> {
  const server = await startOurs({ dist })
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true })
  try {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/workspaces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Typing bench', organisation: 'Bench USD', facilitatorName: 'Coach Bench', stakeholderRole: 'other' }),
    })
    const created = CreateWorkspaceResponse.parse(await res.json())
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
    await page.goto(`http://127.0.0.1:${server.port}/w/${created.workspace.id}/swot#token=${created.memberToken}`)
    await page.getByRole('button', { name: 'Create the first SWOT board' }).click()
    // a busy board: many items, each with text
    for (let i = 0; i < ITEMS; i++) {
      await page.getByRole('button', { name: '+ Add a strength' }).click()
      await page.keyboard.type(`Strength number ${i}`)
    }
    // the plain textarea, on the same page, outside React
    await page.evaluate(`(() => {
      const t = document.createElement('textarea')
      t.id = 'plain-textarea'
      t.setAttribute('aria-label', 'plain textarea for the benchmark')
      t.style.cssText = 'position:fixed;bottom:0;right:0;width:300px;height:60px;z-index:9999'
      document.body.appendChild(t)
    })()`)
    await installProbe(page)
    const rows: { field: string; median: number; p95: number; work: { median: number; p95: number } }[] = []
    const plainSwot = summary(await measure(page, '#plain-textarea'))
    const plainSwotWork = summary(await work(page))
    const swot = summary(await measure(page, 'section[data-quadrant="strengths"] [data-ytext]'))
    const swotWork = summary(await work(page))
    rows.push(
      { field: 'plain textarea (SWOT page)', ...plainSwot, work: plainSwotWork },
      { field: `SWOT item (${ITEMS} items on the board)`, ...swot, work: swotWork },
    )

    await page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Plan', exact: true }).click()
    await page.getByRole('textbox', { name: 'Vision' }).waitFor()
    await page.evaluate(`document.body.appendChild(document.getElementById('plain-textarea'))`)
    const plainPlan = summary(await measure(page, '#plain-textarea'))
    const plainPlanWork = summary(await work(page))
    await page.getByRole('textbox', { name: 'Vision' }).click()
    const plan = summary(await measure(page, ':focus'))
    const planWork = summary(await work(page))
    rows.push({ field: 'plain textarea (plan page)', ...plainPlan, work: plainPlanWork }, { field: 'Plan: Vision', ...plan, work: planWork })

    console.log(
      `${KEYS} keys per field, ms: "screen" = keydown → next frame showing the character; "work" = keydown → the next task (all handling and rendering done)`,
    )
    console.log('field'.padEnd(40), 'screen med'.padStart(11), 'p95'.padStart(7), 'work med'.padStart(10), 'p95'.padStart(7))
    const f = (n: number) => n.toFixed(1)
    for (const r of rows)
      console.log(r.field.padEnd(40), f(r.median).padStart(11), f(r.p95).padStart(7), f(r.work.median).padStart(10), f(r.work.p95).padStart(7))
    console.log(`screen ratio vs plain (median): SWOT ${(swot.median / plainSwot.median).toFixed(2)}×, plan ${(plan.median / plainPlan.median).toFixed(2)}×`)
    console.log(
      `work ratio vs plain (median): SWOT ${(swotWork.median / plainSwotWork.median).toFixed(2)}×, plan ${(planWork.median / plainPlanWork.median).toFixed(2)}×`,
    )
  } finally {
    await browser.close()
    await server.stop()
  }
}

await main()
