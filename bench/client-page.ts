/**
 * The workspace page in headless Chromium against our production build: gzip size of every
 * JavaScript file the page loads until the whiteboard is up (entry + lazy chunks), and the time
 * from navigation start until the tldraw editor is mounted on a synced board.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from 'playwright-core'
import { CreateWorkspaceResponse } from '../shared/api/contract'
import { startOurs } from './lib/servers'
import { median, sleep } from './lib/stats'

/** The launch flags of test/e2e/helpers/browser.ts (kept in step by hand; that file imports vitest helpers). */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']

export interface ClientResult {
  /** navigation start → editor mounted, per run (ms) */
  readonly interactiveMs: number[]
  readonly jsFiles: { readonly path: string; readonly bytes: number; readonly gzip: number }[]
  readonly jsGzip: number
  readonly jsBytes: number
}

interface EditorTiming {
  editorAt?: number
}

async function oneRun(browser: Browser, url: string): Promise<{ ms: number; js: Set<string> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  // the app puts the editor on window.__rootworkTest when that object exists at load; the setter
  // records when that happens, in the page's own clock (0 = navigation start)
  // (a string, not a function: tsx would wrap the inner functions in a helper the page lacks)
  await context.addInitScript(`(() => {
    const hook = {}
    let editor
    Object.defineProperty(hook, 'editor', {
      configurable: true,
      get() { return editor },
      set(value) {
        editor = value
        if (hook.editorAt === undefined) hook.editorAt = performance.now()
      },
    })
    window.__rootworkTest = hook
  })()`)
  const page = await context.newPage()
  const js = new Set<string>()
  page.on('response', (res) => {
    const path = new URL(res.url()).pathname
    if (path.endsWith('.js')) js.add(path)
  })
  await page.goto(url)
  await page.waitForFunction(() => (Reflect.get(window, '__rootworkTest') as EditorTiming | undefined)?.editorAt !== undefined, undefined, { timeout: 60_000 })
  const ms = await page.evaluate(() => (Reflect.get(window, '__rootworkTest') as EditorTiming).editorAt ?? Number.NaN)
  // chunks requested just after mount (lazy parts of the whiteboard) belong to the page too
  await sleep(1000)
  await context.close()
  return { ms, js }
}

export async function runClient(dist: string, runs: number): Promise<ClientResult> {
  const server = await startOurs({ dist })
  let browser: Browser | undefined
  try {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/workspaces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Bench page', organisation: 'Bench USD', facilitatorName: 'Coach Bench' }),
    })
    const created = CreateWorkspaceResponse.parse(await res.json())
    const url = `http://127.0.0.1:${server.port}/w/${created.workspace.id}/whiteboard#token=${created.memberToken}`
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true })
    const times: number[] = []
    const js = new Set<string>()
    for (let i = 0; i < runs; i++) {
      const run = await oneRun(browser, url)
      times.push(run.ms)
      for (const p of run.js) js.add(p)
    }
    const jsFiles = [...js].map((path) => {
      const bytes = readFileSync(join(dist, 'client', path))
      return { path, bytes: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength }
    }).sort((a, b) => b.gzip - a.gzip)
    return {
      interactiveMs: times,
      jsFiles,
      jsGzip: jsFiles.reduce((n, f) => n + f.gzip, 0),
      jsBytes: jsFiles.reduce((n, f) => n + f.bytes, 0),
    }
  } finally {
    await browser?.close()
    await server.stop()
  }
}

export const medianInteractive = (r: ClientResult) => median(r.interactiveMs)
