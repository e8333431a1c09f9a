import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { docPair } from './doc-pair'
import { agendaTemplate } from '../../../shared/content/agendas'
import {
  endBreakouts, markAsked, moveToGroup, movePhase, openRound, pinPrompt, readControl, renameGroup, setAgenda, setAnonymity,
  setBoardLock, setRoundStatus, setRubricReveal, setSpotlight, startBreakouts, unmarkAsked, unpinPrompt, updateTimer,
} from '../../../shared/doc/control'
import { ORIGINS } from '../../../shared/doc/origin'
import { controlRoot } from '../../../shared/doc/schema'
import { crossRoleGroups } from '../../../shared/domain/facilitation/cross-role'
import { currentPhase, groupOfMember, isLocked } from '../../../shared/domain/facilitation/control-state'
import { remaining } from '../../../shared/domain/facilitation/timer'

const pair = docPair

const symposium = agendaTemplate('symposium')!
const groupIds = ['group-aaa', 'group-bbb', 'group-ccc']

describe('control document', () => {
  it('starts empty: no agenda, first phase, idle timer, named mode', () => {
    const s = readControl(new Y.Doc())
    expect(s).toMatchObject({ agenda: null, phase: { index: 0, epoch: 0 }, timer: { status: 'idle' }, anonymity: 'named', breakout: null, spotlight: null })
  })

  it('shares a chosen agenda and restarts it at the first phase with a new epoch', () => {
    const { a, b } = pair()
    setAgenda(a, symposium.id, symposium.phases)
    const s = readControl(b)
    expect(s.agenda?.templateId).toBe('symposium')
    expect(s.agenda?.phases.map((p) => p.board)).toEqual(symposium.phases.map((p) => p.board))
    expect(s.agenda?.phases[1]?.breakout).toBe('cross-role')
    expect(s.phase).toEqual({ index: 0, epoch: 1 })
    expect(currentPhase(s)?.id).toBe('panels')
  })

  it('moves through phases and refuses to leave the agenda', () => {
    const { a, b } = pair()
    expect(movePhase(a, { type: 'next' }).ok).toBe(false)
    setAgenda(a, symposium.id, symposium.phases)
    movePhase(a, { type: 'next' })
    movePhase(a, { type: 'next' })
    movePhase(a, { type: 'back' })
    expect(readControl(b).phase).toEqual({ index: 1, epoch: 4 })
    expect(movePhase(a, { type: 'goto', index: 99 }).ok).toBe(false)
    expect(movePhase(a, { type: 'goto', index: 6 })).toEqual({ ok: true, value: { index: 6, epoch: 5 } })
    expect(currentPhase(readControl(b))?.id).toBe('closing')
  })

  it('advances once when two co-facilitators press "next" at the same moment', () => {
    const { a, b, offline, online } = pair()
    setAgenda(a, symposium.id, symposium.phases)
    offline()
    movePhase(a, { type: 'next' })
    movePhase(b, { type: 'next' })
    online()
    expect(readControl(a).phase).toEqual({ index: 1, epoch: 2 })
    expect(readControl(b).phase).toEqual(readControl(a).phase)
  })

  it('runs the timer on server time that every client reads the same way', () => {
    const { a, b } = pair()
    updateTimer(a, { type: 'start', durationMs: 300_000 }, 1_000)
    expect(remaining(readControl(b).timer, 61_000)).toBe(240_000)
    updateTimer(a, { type: 'pause' }, 61_000)
    updateTimer(a, { type: 'add', deltaMs: 60_000 }, 70_000)
    expect(readControl(b).timer).toEqual({ status: 'paused', durationMs: 360_000, remainingMs: 300_000 })
    updateTimer(a, { type: 'resume' }, 100_000)
    expect(readControl(b).timer).toMatchObject({ status: 'running', endsAt: 400_000 })
    updateTimer(a, { type: 'reset' }, 100_000)
    expect(readControl(b).timer).toEqual({ status: 'idle', durationMs: 360_000 })
  })

  it('shares locks, rubric reveals, rounds and the anonymity mode', () => {
    const { a, b } = pair()
    setBoardLock(a, 'swot', true)
    setBoardLock(a, 'fishbone', true)
    setBoardLock(a, 'fishbone', false)
    setRubricReveal(a, 'leadership', true)
    openRound(a, { id: 'vote-1', kind: 'vote', title: 'Top causes', board: 'fishbone' }, 5_000)
    openRound(a, { id: 'idea-1', kind: 'brainstorm', title: 'Strengths', board: 'swot' }, 4_000)
    expect(setRoundStatus(a, 'vote-1', 'revealed').ok).toBe(true)
    expect(setRoundStatus(a, 'nope', 'closed').ok).toBe(false)
    setAnonymity(a, 'anonymous')
    const s = readControl(b)
    expect(s.locks).toEqual(['swot'])
    expect(isLocked(s, 'swot') && !isLocked(s, 'fishbone')).toBe(true)
    expect(s.revealedDomains).toEqual(['leadership'])
    expect(s.rounds.map((r) => [r.id, r.status])).toEqual([['idea-1', 'open'], ['vote-1', 'revealed']])
    expect(s.anonymity).toBe('anonymous')
  })

  it('assigns breakout groups made by the grouping algorithm, and says who is in which group', () => {
    const { a, b } = pair()
    const members = [
      { id: 'm1', role: 'teacher' }, { id: 'm2', role: 'teacher' }, { id: 'm3', role: 'sea' },
      { id: 'm4', role: 'researcher' }, { id: 'm5', role: 'sea' }, { id: 'm6', role: 'principal' },
    ]
    const made = crossRoleGroups(members, 3, 'r1')
    if (!made.ok) throw new Error(made.error)
    const round = startBreakouts(a, 'cross-role', made.value.map((g, i) => ({ ...g, id: groupIds[i]! })))
    expect(round).toEqual({ ok: true, value: 1 })
    const s = readControl(b)
    expect(s.breakout).toMatchObject({ mode: 'cross-role', active: true, round: 1 })
    expect(s.breakout?.groups.map((g) => g.name)).toEqual(['Group 1', 'Group 2', 'Group 3'])
    expect(s.breakout?.groups.flatMap((g) => g.memberIds).sort()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6'])
    const g = groupOfMember(s, 'm4')
    expect(s.breakout?.groups.find((x) => x.id === g)?.memberIds).toContain('m4')
  })

  it('keeps a member in exactly one group when two facilitators move them at once', () => {
    const { a, b, offline, online } = pair()
    startBreakouts(a, 'role-alike', [
      { id: groupIds[0]!, name: 'Teachers', memberIds: ['m1'] },
      { id: groupIds[1]!, name: 'State', memberIds: ['m2'] },
      { id: groupIds[2]!, name: 'Research', memberIds: [] },
    ])
    offline()
    moveToGroup(a, 'm1', groupIds[1]!)
    moveToGroup(b, 'm1', groupIds[2]!)
    online()
    for (const doc of [a, b]) {
      const holders = readControl(doc).breakout?.groups.filter((g) => g.memberIds.includes('m1'))
      expect(holders).toHaveLength(1)
    }
    expect(groupOfMember(readControl(a), 'm1')).toBe(groupOfMember(readControl(b), 'm1'))
  })

  it('replaces the previous round, refuses bad group ids, and keeps groups after the round ends', () => {
    const { a, b } = pair()
    startBreakouts(a, 'cross-role', [{ id: groupIds[0]!, name: 'G1', memberIds: ['m1', 'm2'] }])
    expect(startBreakouts(a, 'role-alike', [{ id: 'bad id', name: 'x', memberIds: [] }]).ok).toBe(false)
    expect(startBreakouts(a, 'role-alike', [{ id: groupIds[1]!, name: 'x', memberIds: [] }, { id: groupIds[1]!, name: 'y', memberIds: [] }]).ok).toBe(false)
    startBreakouts(a, 'role-alike', [{ id: groupIds[1]!, name: 'Teachers', memberIds: ['m2'] }])
    expect(moveToGroup(a, 'm1', groupIds[0]!).ok).toBe(false)
    expect(renameGroup(a, groupIds[1]!, 'Teachers A').ok).toBe(true)
    endBreakouts(a)
    const s = readControl(b)
    expect(s.breakout).toMatchObject({ mode: 'role-alike', active: false, round: 2 })
    expect(s.breakout?.groups).toEqual([expect.objectContaining({ id: groupIds[1], name: 'Teachers A', memberIds: ['m2'] })])
    expect(groupOfMember(s, 'm1')).toBeUndefined()
  })

  it('shares the spotlight, pinned prompts in pin order and prompts marked asked', () => {
    const { a, b } = pair()
    setSpotlight(a, { memberId: 'f1', board: 'fishbone', viewport: { x: 10, y: -4, zoom: 1.5 } })
    pinPrompt(a, 'b.needs.main.8', 'a2')
    pinPrompt(a, 's.panel.1', 'a1')
    pinPrompt(a, 'p.step4.1', 'a3')
    unpinPrompt(a, 'p.step4.1')
    markAsked(a, 'b.needs.main.8', 'f1', 9_000)
    markAsked(a, 'b.needs.main.9', 'f1', 9_500)
    unmarkAsked(a, 'b.needs.main.9')
    let s = readControl(b)
    expect(s.spotlight).toEqual({ memberId: 'f1', board: 'fishbone', viewport: { x: 10, y: -4, zoom: 1.5 } })
    expect(s.pinned).toEqual(['s.panel.1', 'b.needs.main.8'])
    expect(s.asked).toEqual({ 'b.needs.main.8': { at: 9_000, by: 'f1' } })
    setSpotlight(a, null)
    s = readControl(b)
    expect(s.spotlight).toBeNull()
  })

  it('ignores and reports values that fail validation instead of trusting them', () => {
    const doc = new Y.Doc()
    const root = controlRoot(doc)
    root.set('timer', { status: 'running', durationMs: -1 })
    root.set('anonymity', 'everyone-sees-all')
    root.set('group/group-zzz', { name: 5 })
    root.set('assign/m1', 42)
    root.set('phase', { index: 9, epoch: 2 })
    const s = readControl(doc)
    expect(s.timer).toEqual({ status: 'idle', durationMs: 0 })
    expect(s.anonymity).toBe('named')
    expect(s.phase).toEqual({ index: 0, epoch: 2 })
    expect([...s.ignored].sort()).toEqual(['anonymity', 'assign/m1', 'group/group-zzz', 'timer'])
  })

  it('tags each mutation with the origin it was given', () => {
    const doc = new Y.Doc()
    const origins: unknown[] = []
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin))
    setAnonymity(doc, 'anonymous')
    setBoardLock(doc, 'swot', true, ORIGINS.server)
    expect(origins).toEqual([ORIGINS.localUser, ORIGINS.server])
  })
})

describe('phase moves under double clicks and two facilitators', () => {
  it('steps once when the same "next" arrives twice from the phase the facilitator saw', async () => {
    const { agendaTemplate } = await import('../../../shared/content/agendas')
    const { movePhase, readControl, setAgenda } = await import('../../../shared/doc/control')
    const Y = await import('yjs')
    const doc = new Y.Doc()
    setAgenda(doc, 'root-cause', agendaTemplate('root-cause')?.phases ?? [])
    const seen = readControl(doc).phase
    expect(movePhase(doc, { type: 'next', from: seen }).ok).toBe(true)
    expect(movePhase(doc, { type: 'next', from: seen })).toEqual({ ok: false, error: 'the phase has already moved' })
    expect(readControl(doc).phase.index).toBe(1)
  })
})
