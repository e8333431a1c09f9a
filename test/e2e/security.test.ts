/**
 * The security headers in a real browser: the built app and tldraw work with the CSP enforced
 * (no violation reported, no eval), and another origin cannot frame the app.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appAndBrowser, newContext } from './helpers/browser'
import { createWorkspaceInUi, drawRectangle, joinInUi, shapeCount, waitForEditor } from './helpers/flows'

describe('security headers in the browser', () => {
  const app = appAndBrowser()

  it('serves the app with a CSP without unsafe-eval, nosniff, no referrer and no framing', async () => {
    const res = await fetch(app.server.url)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-eval')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    // plain http: no HSTS (it is sent only over https)
    expect(res.headers.get('strict-transport-security')).toBeNull()
  })

  it('loads the built app and renders the whiteboard with the CSP enforced and no violation reported', async () => {
    const context = await newContext(app.browser)
    await context.addInitScript(() => {
      const seen: string[] = []
      Reflect.set(window, '__cspViolations', seen)
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`))
    })
    const page = await context.newPage()
    const console: string[] = []
    page.on('console', (m) => console.push(m.text()))
    page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`))
    const created = await createWorkspaceInUi(page, app.server.url)
    await waitForEditor(page)
    await drawRectangle(page)
    await expect.poll(() => shapeCount(page)).toBe(1)
    await expect.poll(() => page.getByTestId('sync-status').getAttribute('data-save')).toBe('saved')

    // a second member joins through the invite page and sees the drawing: sockets work under connect-src 'self'
    const other = await context.browser()!.newContext({ viewport: { width: 1280, height: 800 } })
    await other.addInitScript(() => Reflect.set(window, '__rootworkTest', {}))
    const participant = await other.newPage()
    participant.on('console', (m) => console.push(m.text()))
    await joinInUi(participant, created.participantLink, 'Pat Teacher')
    await waitForEditor(participant)
    await expect.poll(() => shapeCount(participant)).toBe(1)

    const violations = await page.evaluate(() => Reflect.get(window, '__cspViolations') as string[])
    expect(violations).toEqual([])
    expect(console.filter((line) => /Content Security Policy|Refused to (load|apply|execute|connect)|unsafe-eval/i.test(line))).toEqual([])
    await other.close()
    await context.close()
  })

  describe('framing', () => {
    let portal: Server
    let portalUrl = ''
    beforeAll(async () => {
      // another origin (another port) that tries to embed the app
      portal = createServer((_req, res) => {
        res.setHeader('content-type', 'text/html')
        res.end(`<!doctype html><title>portal</title><iframe id="app" src="${app.server.url}/" width="800" height="600"></iframe>`)
      })
      await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', () => resolve()))
      portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}/`
    })
    afterAll(() => new Promise<void>((resolve) => portal.close(() => resolve())))

    it('cannot be framed by another origin', async () => {
      const context = await newContext(app.browser)
      const page = await context.newPage()
      const console: string[] = []
      page.on('console', (m) => console.push(m.text()))
      await page.goto(portalUrl)
      await expect.poll(() => console.some((line) => line.includes('frame-ancestors')), { timeout: 15_000 }).toBe(true)
      const frame = page.frames().find((f) => f !== page.mainFrame())
      const rendered = await frame?.evaluate(() => document.querySelector('#root') !== null).catch(() => false)
      expect(rendered ?? false).toBe(false)
      await context.close()
    })
  })
})
