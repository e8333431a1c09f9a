/**
 * The symposium agenda from start to end in real browsers: cross-role groups, a gallery walk over
 * every group's board, role-alike groups (the planner switches by itself), a share-out spotlighting
 * one group, and the synthesis with the four topics — axe clean on each board.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appAndBrowser, newContext, seriousAxeViolations } from './helpers/browser'
import { createWorkspaceInUi, joinInUi, openBoard } from './helpers/flows'

const board = openBoard
const phaseIs = (page: Page) => page.getByTestId('session-bar').textContent()
const axeClean = async (page: Page) => expect(await seriousAxeViolations(page, { exclude: ['.tl-container'] })).toEqual([])

describe('the symposium agenda, start to end', () => {
  const app = appAndBrowser()

  it('runs cross-role groups, a gallery walk, role-alike groups, a share-out and the synthesis, accessible on every board', async () => {
    const coachContext = await newContext(app.browser)
    app.track(coachContext)
    const coach = await coachContext.newPage()
    const created = await createWorkspaceInUi(coach, app.server.url)
    const people: Page[] = []
    for (const [name, role] of [['Tess Teacher', 'teacher'], ['Paz Principal', 'principal'], ['Tom Teacher', 'teacher'], ['Pia Principal', 'principal']] as const) {
      const context = await newContext(app.browser)
      app.track(context)
      const page = await context.newPage()
      await joinInUi(page, created.participantLink, name, role)
      people.push(page)
    }
    const [tess] = people as [Page, Page, Page, Page]
    await expect.poll(() => coach.getByTestId('member').count()).toBe(5)

    const next = async (title: string) => {
      await board(coach, 'Facilitator panel')
      await coach.getByTestId('facilitator-panel').getByRole('button', { name: 'Next phase ›' }).click()
      for (const p of people) await expect.poll(() => phaseIs(p)).toContain(title)
    }
    const makeGroups = async (mode: 'Cross-role' | 'Role-alike') => {
      await board(coach, 'Facilitator panel')
      // the planner's kind of groups follows the phase by itself
      await expect.poll(() => coach.getByRole('radio', { name: new RegExp(`^${mode}`) }).isChecked()).toBe(true)
      await coach.getByRole('button', { name: 'Make groups' }).click()
      await coach.getByRole('button', { name: 'Start breakouts' }).click()
      for (const p of people) await p.getByTestId('group-board').waitFor()
    }
    const endRound = async () => {
      await coach.getByTestId('facilitator-dock').getByRole('button', { name: 'End the round' }).click()
      for (const p of people) await p.waitForURL((url) => !url.pathname.includes('/group/'))
    }

    // panels on the whiteboard, with a question pinned for every board
    await board(coach, 'Facilitator panel')
    await coach.getByLabel('Agenda template').selectOption('symposium')
    await coach.getByRole('button', { name: 'Use this agenda' }).click()
    for (const p of people) await expect.poll(() => phaseIs(p)).toContain('Panel notes')
    await coach.getByRole('button', { name: /^Pin to boards/ }).first().click()
    await axeClean(tess)

    // cross-role groups; the pinned question sits above the fold on a group board too
    await next('Cross-role breakouts')
    await makeGroups('Cross-role')
    const pinned = tess.getByTestId('pinned-prompts')
    await pinned.waitFor()
    expect(((await pinned.boundingBox())?.y ?? 900) + 40).toBeLessThan(800)
    await tess.getByLabel('New note in Challenges').fill('New teachers leave within two years')
    await tess.locator('[data-section="challenges"]').getByRole('button', { name: 'Add note' }).click()
    await expect.poll(() => tess.getByTestId('sync-status').getAttribute('data-save')).toBe('saved')
    const tessGroup = await tess.getByTestId('group-board').getAttribute('data-group-id')
    // the visitor is someone from another group: reading Tess's board is new to them
    const groupsOf = await Promise.all(people.map((p) => p.getByTestId('group-board').getAttribute('data-group-id')))
    const paz = people[groupsOf.findIndex((g) => g !== tessGroup)] as Page
    const pazName = ['Tess Teacher', 'Paz Principal', 'Tom Teacher', 'Pia Principal'][groupsOf.findIndex((g) => g !== tessGroup)] as string
    await axeClean(tess)
    await tess.screenshot({ path: '.tmp/follow-bar-group.png' })
    await endRound()

    // the gallery walk: someone from the other group visits Tess's group's board read-only, leaves a dot and a comment
    await next('Gallery walk')
    for (const p of people) await p.getByTestId('gallery').waitFor()
    const tabs = paz.getByTestId('gallery-tab')
    await expect.poll(() => tabs.count()).toBeGreaterThan(1)
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click()
      const shown = await paz.getByTestId('group-board').getAttribute('data-group-id')
      if (shown === tessGroup) break
    }
    await expect.poll(() => paz.getByTestId('group-board').getAttribute('data-group-id')).toBe(tessGroup)
    // read-only: the note is text, not a field
    const note = paz.locator('[data-section="challenges"]').getByTestId('group-note').first()
    await expect.poll(() => note.locator('.note-text').textContent()).toBe('New teachers leave within two years')
    expect(await note.getByRole('textbox').count()).toBe(0)
    expect(await paz.getByLabel('New note in Challenges').count()).toBe(0)
    // promoting writes the group's document, which a visitor may not: no button that would fail
    expect(await note.getByRole('button', { name: /Promote/ }).count()).toBe(0)
    await paz.getByRole('button', { name: '○ Leave a dot' }).click()
    await paz.getByLabel('Your comment').fill('How will mentoring be funded?')
    await paz.getByRole('button', { name: 'Leave comment' }).click()
    await board(coach, 'Gallery walk')
    await expect.poll(() => coach.getByTestId('gallery-tab').allTextContents().then((t) => t.join(' | '))).toMatch(new RegExp(`1 dot · 1 comment · here: [^|]*${pazName}`))
    await axeClean(paz)
    await paz.screenshot({ path: '.tmp/gallery-walk.png' })

    // role-alike groups: the planner switched to role-alike without being told
    await next('Role-alike breakouts')
    await makeGroups('Role-alike')
    const roles = await Promise.all(people.map((p) => p.getByTestId('group-board').locator('header').textContent()))
    for (const header of roles) expect(header?.includes('Teacher') !== header?.includes('Principal')).toBe(true)
    await endRound()

    // the share-out: the coach spotlights one group's board for the room
    await next('Share-out')
    for (const p of people) await p.getByTestId('share-out').waitFor()
    await board(coach, 'Share-out')
    await coach.getByRole('button', { name: /^Spotlight / }).first().click()
    for (const p of people) await p.getByTestId('share-out').getByTestId('group-board').waitFor()
    await axeClean(paz)

    // the synthesis, with the symposium's four topics
    await next('Synthesis')
    for (const p of people) await p.getByTestId('synthesis').waitFor()
    await tess.getByRole('button', { name: 'Add the four symposium topics' }).click()
    await expect.poll(() => paz.getByTestId('synthesis').getByTestId('synthesis-topic').count()).toBe(4)
    // the grid fits a 1280 px screen: no sideways scroll
    const overflow = await paz.locator('.synthesis-scroll').evaluate((el) => el.scrollWidth - el.clientWidth)
    expect(overflow).toBeLessThanOrEqual(1)
    await axeClean(paz)
  }, 240_000)
})
