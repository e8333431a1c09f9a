import { describe, expect, it } from 'vitest'
import { provenanceText } from '../../../shared/doc/synthesis-moves'

describe('what a promoted card says about where it came from', () => {
  it.each([
    ['keeps the group name and round it was promoted in', { roles: ['teacher'], groupId: 'g1', groupName: 'Group 1', round: 1 }, { kind: 'agreement' as const }, undefined, 'From Group 1 (round 1) · Teacher'],
    ['does not repeat the role its perspective column names', { roles: ['teacher'], groupId: 'g1', groupName: 'Group 1', round: 2 }, { kind: 'perspective' as const, role: 'teacher' }, undefined, 'From Group 1 (round 2)'],
    ['does not repeat the role a role-alike group is named after', { roles: ['principal'], groupId: 'g2', groupName: 'Principal', round: 2 }, { kind: 'disagreement' as const }, undefined, 'From Principal (round 2)'],
    ['falls back to the group’s current name for older cards', { roles: ['teacher', 'teacher'], groupId: 'g1' }, { kind: 'agreement' as const }, 'Group 3', 'From Group 3 · Teacher'],
    ['says a card was added in the room when no group sent it', { roles: [] }, { kind: 'agreement' as const }, undefined, 'Added in the room'],
  ])('%s', (_name, provenance, column, current, text) => {
    expect(provenanceText(provenance, column, current)).toBe(text)
  })
})
