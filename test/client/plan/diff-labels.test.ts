import { describe, expect, it } from 'vitest'
import { describeChange, valueText } from '../../../client/src/views/plan/versions/diff-labels'
import { diffPlans } from '../../../shared/plan/diff'
import { snapshotPlan } from '../../../shared/plan/snapshot'
import { CLOCK, sampleInput } from '../../shared/plan/fixtures'

describe('a plan change in words', () => {
  const before = snapshotPlan(sampleInput(), CLOCK)
  const input = sampleInput()
  const plan = input.plan
  if (!plan) throw new Error('fixture without a plan')
  const p = plan.priorities[0]
  const s = p?.strategies[0]
  const m = s?.milestones[0]
  const a = m?.actions[0]
  if (!p || !s || !m || !a) throw new Error('fixture shape changed')
  const edited = { ...plan, priorities: [{ ...p, strategies: [{ ...s, milestones: [{ ...m, actions: [{ ...a, text: 'Hire two coaches' }] }] }] }] }
  const after = snapshotPlan({ ...input, plan: edited, revision: { dateOfPlan: '2025-01-01', note: 'Budget review' } }, { now: '2025-04-01T00:00:00.000Z' })
  const changes = diffPlans(before, after).map((c) => describeChange(c, before, after))

  it.each([
    [{ where: 'Priority Planning & Reporting › Priority 1 › Strategy 1.1 › Milestone 1.1.1 › Action 1.1.1.1', field: 'Text', before: 'Hire a math coach', after: 'Hire two coaches' }],
    [{ where: 'At-A-Glance › Update Summary', field: 'Value', before: '—', after: 'Budget review' }],
    [{ where: 'At-A-Glance › Date of Plan', field: 'Value', before: '2025-03-04', after: '2025-01-01' }],
  ])('names where a change is by headings, not ids (%o)', (want) => {
    expect(changes).toContainEqual(want)
  })

  it('never shows an internal id, even for an item with no text (a blank support or team member)', () => {
    const blank = { ...plan, leadership: [...plan.leadership, { id: 'leader-blank-7f3', name: '', position: '' }], priorities: [{ ...p, supports: [{ id: 'sup-blank-9q2', needed: '', provided: '', provider: '', howUsed: '', effectiveness: '' }] }] }
    const later = snapshotPlan({ ...input, plan: blank }, CLOCK)
    const words = diffPlans(before, later).map((c) => describeChange(c, before, later))
    expect(words.map((w) => w.where)).toContainEqual('At-A-Glance › Leadership team 2')
    expect(words.map((w) => w.where)).toContainEqual('Supports › Row 1')
    for (const w of words) expect(JSON.stringify(w)).not.toMatch(/leader-blank|sup-blank|sup-1|prio-1|strat-1|act-1/)
  })

  it.each([
    [undefined, '—'],
    [true, 'yes'],
    [['a', 'b'], 'a; b'],
    [{ id: 'x', heading: 'Strategy 1.2' }, 'Strategy 1.2'],
  ])('writes the value %o as %s', (value, text) => {
    expect(valueText(value)).toBe(text)
  })
})
