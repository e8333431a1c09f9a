import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readControl, setBoardLock, startBreakouts } from '../../../../shared/doc/control'
import { boardAccess } from '../../../../shared/domain/facilitation/access'

const TESS = { role: 'participant' as const, memberId: 'tess-teacher' }
const COACH = { role: 'facilitator' as const, memberId: 'coach-kim' }
const OLU = { role: 'observer' as const, memberId: 'olu-observer' }

function control(setUp: (doc: Y.Doc) => void = () => {}) {
  const doc = new Y.Doc()
  setUp(doc)
  return readControl(doc)
}
const lockPlan = (doc: Y.Doc) => setBoardLock(doc, 'plan', { by: COACH.memberId, byName: 'Coach Kim', reason: 'review', at: 1 })
const groups = (doc: Y.Doc) => startBreakouts(doc, 'cross-role', [{ id: 'group-one', name: 'Group 1', memberIds: [TESS.memberId] }, { id: 'group-two', name: 'Group 2', memberIds: [] }])

describe('who may write a board', () => {
  it('lets a participant write an unlocked board', () => {
    expect(boardAccess(control(), { ...TESS, board: 'swot' })).toEqual({ canWrite: true, reason: null })
  })

  it('never lets an observer write, whatever the board', () => {
    expect(boardAccess(control(), { ...OLU, board: 'swot' })).toMatchObject({ canWrite: false, reason: 'observer' })
  })

  it('names who locked a board and why', () => {
    const access = boardAccess(control(lockPlan), { ...TESS, board: 'plan' })
    expect(access).toMatchObject({ canWrite: false, reason: 'locked', message: 'Plan is locked for review by Coach Kim.' })
  })

  it('still reads a lock stored by an older client as plain true', () => {
    const access = boardAccess(control((d) => setBoardLock(d, 'swot', true)), { ...TESS, board: 'swot' })
    expect(access).toMatchObject({ canWrite: false, reason: 'locked', message: 'SWOT is locked for review by the facilitator.' })
  })

  it('keeps other boards writable while one is locked', () => {
    expect(boardAccess(control(lockPlan), { ...TESS, board: 'swot' }).canWrite).toBe(true)
  })

  it('never locks a facilitator out', () => {
    expect(boardAccess(control(lockPlan), { ...COACH, board: 'plan' }).canWrite).toBe(true)
  })

  it('lets group members write their own group board and only look at another', () => {
    const state = control(groups)
    expect(boardAccess(state, { ...TESS, board: 'group', groupId: 'group-one' }).canWrite).toBe(true)
    expect(boardAccess(state, { ...TESS, board: 'group', groupId: 'group-two' })).toMatchObject({ canWrite: false, reason: 'not-in-group' })
    expect(boardAccess(state, { ...COACH, board: 'group', groupId: 'group-two' }).canWrite).toBe(true)
  })
})
