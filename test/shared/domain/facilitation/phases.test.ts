import { describe, expect, it } from 'vitest'
import { clampCursor, goToPhase, nextPhase, previousPhase, readyMembers, START } from '../../../../shared/domain/facilitation/phases'

describe('phase transitions', () => {
  it.each([
    ['moves forward', { index: 0, epoch: 0 }, 3, { index: 1, epoch: 1 }],
    ['stays on the last phase', { index: 2, epoch: 4 }, 3, { index: 2, epoch: 4 }],
    ['stays put on an empty agenda', { index: 0, epoch: 0 }, 0, { index: 0, epoch: 0 }],
  ])('next %s', (_, cursor, count, expected) => {
    expect(nextPhase(cursor, count)).toEqual(expected)
  })

  it.each([
    ['moves back', { index: 2, epoch: 5 }, 3, { index: 1, epoch: 6 }],
    ['stays on the first phase', { index: 0, epoch: 2 }, 3, { index: 0, epoch: 2 }],
  ])('back %s', (_, cursor, count, expected) => {
    expect(previousPhase(cursor, count)).toEqual(expected)
  })

  it.each([[-1], [3], [1.5], [Number.NaN]])('refuses to go to phase %s of three', (index) => {
    expect(goToPhase(START, index, 3).ok).toBe(false)
  })

  it('goes to any phase in range, and going to the current one changes nothing', () => {
    expect(goToPhase(START, 2, 3)).toEqual({ ok: true, value: { index: 2, epoch: 1 } })
    expect(goToPhase({ index: 1, epoch: 7 }, 1, 3)).toEqual({ ok: true, value: { index: 1, epoch: 7 } })
  })

  it('clamps a cursor left past the end of a shorter agenda', () => {
    expect(clampCursor({ index: 6, epoch: 3 }, 4)).toEqual({ index: 3, epoch: 3 })
    expect(clampCursor({ index: 2, epoch: 3 }, 0)).toEqual({ index: 0, epoch: 3 })
  })

  it('resets ready marks on every move, because marks count only in their own epoch', () => {
    const cursor = { index: 1, epoch: 3 }
    const marks = [{ memberId: 'a', epoch: 3 }, { memberId: 'b', epoch: 2 }, null, { memberId: 'c', epoch: 3 }]
    expect([...readyMembers(marks, cursor)].sort()).toEqual(['a', 'c'])
    expect(readyMembers(marks, nextPhase(cursor, 5)).size).toBe(0)
  })
})
