import { describe, expect, it } from 'vitest'
import { lastActiveText } from '../../../client/src/session/MemberActions'

describe('when a member was last active, as a facilitator reads it', () => {
  const now = Date.parse('2026-12-01T10:00:00Z')
  it.each([
    [undefined, 'not active yet'],
    ['2026-12-01T09:59:30Z', 'active just now'],
    ['2026-12-01T09:45:00Z', 'active 15 minutes ago'],
    ['2026-12-01T09:00:00Z', 'active 1 hour ago'],
    ['2026-11-30T07:00:00Z', 'active 27 hours ago'],
    ['2026-11-21T10:00:00Z', 'active 10 days ago'],
  ])('says %s → %s', (at, text) => {
    expect(lastActiveText(at, now)).toBe(text)
  })
})
