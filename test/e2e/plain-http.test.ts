/**
 * A school LAN set-up: the app on a plain-HTTP, non-localhost address (here `http://rootwork.lan`,
 * mapped to the test server by Chromium's host resolver), where the page is not a secure context
 * and `crypto.randomUUID` does not exist. Adding a synthesis card and a breakout note must work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_FLAGS, startAppServer, type AppServer } from './helpers/browser'
import { createWorkspaceInUi, joinInUi } from './helpers/flows'

describe('on a plain-HTTP LAN address', () => {
  let server: AppServer
  let browser: Browser
  beforeAll(async () => {
    server = await startAppServer()
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP rootwork.lan 127.0.0.1'],
      headless: true,
    })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('adds a synthesis card and a breakout note although the page is not a secure context', async () => {
    const base = server.url.replace('127.0.0.1', 'rootwork.lan')
    const coachContext = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const coach = await coachContext.newPage()
    const errors: string[] = []
    coach.on('pageerror', (e) => errors.push(e.message))
    const created = await createWorkspaceInUi(coach, base)
    expect(await coach.evaluate(() => ({ secure: window.isSecureContext, uuid: typeof crypto.randomUUID }))).toEqual({ secure: false, uuid: 'undefined' })

    await coach.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Synthesis', exact: true }).click()
    await coach.getByRole('button', { name: 'Add the four symposium topics' }).click()
    await coach.getByRole('button', { name: /^\+ Add card to Agreement/ }).first().click()
    await coach.getByLabel(/^New card in Agreement/).fill('Mentoring keeps new teachers')
    await coach.getByRole('button', { name: 'Add card', exact: true }).click()
    await expect.poll(() => coach.getByTestId('synthesis-card').first().getByRole('textbox').inputValue()).toBe('Mentoring keeps new teachers')

    const memberContext = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const tess = await memberContext.newPage()
    tess.on('pageerror', (e) => errors.push(e.message))
    await joinInUi(tess, created.participantLink.replace('127.0.0.1', 'rootwork.lan'), 'Tess Teacher')
    await coach.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Facilitator panel', exact: true }).click()
    await coach.getByRole('button', { name: 'Make groups' }).click()
    await coach.getByRole('button', { name: 'Start breakouts' }).click()
    await tess.getByTestId('group-board').waitFor()
    await tess.getByLabel('New note in Challenges').fill('Turnover in year two')
    await tess.locator('[data-section="challenges"]').getByRole('button', { name: 'Add note' }).click()
    await expect.poll(() => tess.locator('[data-section="challenges"]').getByTestId('group-note').first().getByRole('textbox').inputValue()).toBe('Turnover in year two')
    await expect.poll(() => tess.getByTestId('sync-status').getAttribute('data-save')).toBe('saved')
    expect(errors).toEqual([])
    await Promise.all([coachContext.close(), memberContext.close()])
  }, 120_000)
})
