import { describe, expect, it } from 'vitest'
import { ALL_PROMPTS, deckOf, promptById, promptsFor } from '../../../../shared/domain/facilitation/decks'

describe('prompt decks', () => {
  it('holds every deck with ids unique across all of them', () => {
    expect(ALL_PROMPTS).toHaveLength(111 + 43 + 30 + 16)
    expect(new Set(ALL_PROMPTS.map((p) => p.id)).size).toBe(ALL_PROMPTS.length)
  })

  it.each([
    ['b', 111],
    ['b.needs', 16],
    ['b.needs.main.root-cause-questions', 6],
    ['b.direction.goals.4', 1],
    ['r', 43],
    ['r.relationships', 12],
    ['p.step4', 7],
    ['s.role-alike', 3],
    ['b.need', 0],
    ['nothing.here', 0],
  ])('reference %s names %i prompts', (ref, count) => {
    expect(promptsFor([ref])).toHaveLength(count)
  })

  it('lists a prompt once even when two references name it', () => {
    expect(promptsFor(['b.needs', 'b.needs.main.8'])).toHaveLength(16)
  })

  it('shows the header a grouped prompt sits under', () => {
    expect(promptById('b.needs.main.8')?.group).toBe('Root cause questions: Ask questions to move beyond money, time, and blame.')
    expect(promptById('b.needs.main.8')?.text).toBe('Is this a cause or a symptom?')
    expect(deckOf('p.step2.3b')).toBe('planning')
    expect(deckOf('zzz')).toBeUndefined()
  })
})
