/**
 * Browser-test plumbing: the production build served by the real server (child process, temp
 * SQLite, free port) and Debian's Chromium driven by playwright-core. No downloaded browsers.
 */
import { afterAll, beforeAll } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { createRequire } from 'node:module'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { spawn, type ChildProcess } from 'node:child_process'
import { freePort } from '../../helpers/child-server'
import { TEST_RATE_LIMITS, tempDir } from '../../helpers/server'
import { waitFor } from '../../helpers/wait'

const require = createRequire(import.meta.url)

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export interface AppServer {
  readonly url: string
  /** stops the process (SIGTERM) but keeps its data dir and port, for `restart` */
  halt(): Promise<void>
  /** starts the server again on the same port with the same data dir */
  restart(): Promise<void>
  stop(): Promise<void>
}

/** The build under test: `dist` (npm run build) or APP_DIST (scripts/build-to.sh <dir>, for parallel work). */
const DIST = process.env.APP_DIST ?? 'dist'

interface Running {
  readonly child: ChildProcess
  readonly exited: Promise<void>
}

async function spawnApp(port: number, dataDir: string, env: Record<string, string>): Promise<Running> {
  const child: ChildProcess = spawn(process.execPath, [`${DIST}/server/main.js`], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...TEST_RATE_LIMITS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const exited = new Promise<void>((r) => child.once('exit', () => r()))
  await waitFor(() => output.includes('listening on') || child.exitCode !== null, 'the app server', 20_000)
  if (child.exitCode !== null) throw new Error(output)
  return { child, exited }
}

/** Starts `node <dist>/server/main.js` (build first). */
export async function startAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  if (!existsSync(`${DIST}/server/main.js`) || !existsSync(`${DIST}/client/index.html`)) throw new Error(`build ${DIST} before the browser tests`)
  const dataDir = tempDir('rootwork-e2e-')
  const port = await freePort()
  let running: Running | undefined = await spawnApp(port, dataDir, env)
  const halt = async () => {
    const r = running
    running = undefined
    if (!r) return
    r.child.kill('SIGTERM')
    await r.exited
  }
  return {
    url: `http://127.0.0.1:${port}`,
    halt,
    async restart() {
      await halt()
      running = await spawnApp(port, dataDir, env)
    },
    async stop() {
      await halt()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true })
}

/**
 * One app server and one Chromium for a whole test file (beforeAll/afterAll), like `serverPerTest()`
 * for the server tests; contexts passed to `track` are closed before the browser.
 */
export function appAndBrowser(env: Record<string, string> = {}) {
  let server: AppServer | undefined
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    server = await startAppServer(env)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    for (const c of contexts.splice(0)) await c.close()
    await browser?.close()
    await server?.stop()
  })
  return {
    get server(): AppServer {
      if (!server) throw new Error('the app server starts in beforeAll')
      return server
    },
    get browser(): Browser {
      if (!browser) throw new Error('the browser starts in beforeAll')
      return browser
    },
    /** closes these contexts after the file's tests */
    track(...tracked: BrowserContext[]): void {
      contexts.push(...tracked)
    },
  }
}

/** A fresh context whose pages expose the whiteboard editor to tests (`window.__rootworkTest`). */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript(() => {
    Reflect.set(window, '__rootworkTest', {})
  })
  return context
}

export interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly nodes: readonly { target: unknown }[]
}

/** The WCAG 2.1 A and AA rule sets of axe-core (issue 18's conformance target). */
export const WCAG21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const

/** Runs axe-core in the page (all rules, or only those with `tags`) and returns every violation. */
export async function axeViolations(page: Page, options: { exclude?: string[]; tags?: readonly string[] } = {}): Promise<AxeViolation[]> {
  // evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses an injected <script>
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'))
  return page.evaluate(
    async ({ exclude, tags }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
      const only = tags ? { runOnly: { type: 'tag', values: tags } } : {}
      const result = await axe.run({ exclude: exclude.map((s) => [s]) }, { resultTypes: ['violations'], ...only })
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
    },
    { exclude: options.exclude ?? [], tags: options.tags ? [...options.tags] : null },
  )
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<AxeViolation[]> {
  const violations = await axeViolations(page, options)
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}
