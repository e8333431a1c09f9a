import { describe, expect, it } from 'vitest'
import { expectedTakers, participation, type Taker } from '../../../shared/domain/participation'

const coach: Taker = { id: 'm-coach', role: 'facilitator', displayName: 'Coach Kim' }
const ana: Taker = { id: 'm-ana', role: 'participant', displayName: 'Ana Ortiz' }
const ben: Taker = { id: 'm-ben', role: 'participant', displayName: 'Ben Lee' }
const olu: Taker = { id: 'm-olu', role: 'observer', displayName: 'Olu Observer' }
const everyone = [coach, ana, ben, olu]

describe('participation in a round', () => {
  it('does not count a facilitator who only runs the round: "1 of 2", not "1 of 3"', () => {
    expect(participation(everyone, { 'm-ana': 2 }, 'anonymous')).toEqual({ mode: 'anonymous', expected: 2, done: 1 })
  })

  it('counts a facilitator who takes part like anyone else', () => {
    expect(participation(everyone, { 'm-ana': 2, 'm-coach': 1 }, 'anonymous')).toEqual({ mode: 'anonymous', expected: 3, done: 2 })
  })

  it('never counts an observer, even one whose private document holds something', () => {
    expect(expectedTakers(everyone, { 'm-olu': 5 }).map((m) => m.id)).toEqual(['m-ana', 'm-ben'])
  })

  it('names who has and has not taken part in named mode, with their counts, in the members’ order', () => {
    expect(participation(everyone, { 'm-ben': 3 }, 'named')).toEqual({
      mode: 'named',
      expected: 2,
      done: 1,
      members: [
        { memberId: 'm-ana', displayName: 'Ana Ortiz', count: 0, done: false },
        { memberId: 'm-ben', displayName: 'Ben Lee', count: 3, done: true },
      ],
    })
  })

  it('gives counts only in anonymous mode: no name or id in the answer', () => {
    const text = JSON.stringify(participation(everyone, { 'm-ana': 1, 'm-ben': 4, 'm-coach': 2 }, 'anonymous'))
    for (const m of everyone) {
      expect(text).not.toContain(m.id)
      expect(text).not.toContain(m.displayName)
    }
  })

  it('ignores activity of people who are not members and inherited object keys', () => {
    expect(participation([ana], { 'm-stranger': 3, constructor: 1 }, 'anonymous')).toEqual({ mode: 'anonymous', expected: 1, done: 0 })
  })
})
