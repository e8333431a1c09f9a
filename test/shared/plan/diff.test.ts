import { describe, expect, it } from 'vitest'
import { addPlanItem, removePlanItem, setPlanItemText } from '../../../shared/doc/plan'
import { diffPlans, summarizeDiff } from '../../../shared/plan/diff'
import { readPlan } from '../../../shared/plan/read'
import { snapshotPlan } from '../../../shared/plan/snapshot'
import { buildSamplePlan, CLOCK, newDoc } from './fixtures'

const LATER = { now: '2025-03-04T18:30:00.000Z' }

function twoSnapshots(change: (doc: ReturnType<typeof newDoc>) => void) {
  const doc = newDoc()
  buildSamplePlan(doc)
  const before = snapshotPlan({ plan: readPlan(doc) }, CLOCK)
  change(doc)
  return { before, after: snapshotPlan({ plan: readPlan(doc) }, LATER) }
}

describe('diffPlans', () => {
  it('finds nothing between two snapshots of the same board, whatever their times', () => {
    const { before, after } = twoSnapshots(() => {})
    expect(diffPlans(before, after)).toEqual([])
  })

  it('reports a changed field at its id-keyed path', () => {
    const { before, after } = twoSnapshots((doc) => setPlanItemText(doc, 'action', 'act-1', 'timeline', 'September'))
    expect(diffPlans(before, after)).toContainEqual({
      kind: 'changed', section: 'planning', path: 'sections.planning.priorities[prio-1].strategies[strat-1].milestones[mile-1].actions[act-1].timeline',
      before: 'August', after: 'September',
    })
  })

  it('reports an added priority once, as a whole, and a renumbered one as a changed number', () => {
    const { before, after } = twoSnapshots((doc) => addPlanItem(doc, 'priority', { id: 'prio-0', after: null, texts: { title: 'Attendance' } }))
    const changes = diffPlans(before, after)
    const planning = changes.filter((c) => c.path.startsWith('sections.planning'))
    expect(planning.filter((c) => c.kind === 'added').map((c) => c.path)).toEqual(['sections.planning.priorities[prio-0]'])
    expect(planning).toContainEqual(expect.objectContaining({ kind: 'changed', path: 'sections.planning.priorities[prio-1].number', before: '1', after: '2' }))
  })

  it('reports a removed action and the quality finding it resolves', () => {
    const { before, after } = twoSnapshots((doc) => {
      addPlanItem(doc, 'action', { id: 'act-3', parentId: 'mile-1' })
    })
    const undo = diffPlans(after, before)
    expect(undo).toContainEqual(expect.objectContaining({ kind: 'removed', path: 'sections.planning.priorities[prio-1].strategies[strat-1].milestones[mile-1].actions[act-3]' }))
    expect(undo).toContainEqual(expect.objectContaining({ kind: 'removed', section: 'quality', path: 'quality[action-not-one-owner:act-3]' }))
  })

  it('summarises changes per section', () => {
    const { before, after } = twoSnapshots((doc) => {
      removePlanItem(doc, 'support', 'sup-1')
      setPlanItemText(doc, 'goal', 'goal-1', 'explanation', 'Why: growth for all.')
    })
    expect(summarizeDiff(diffPlans(before, after))).toEqual({
      supports: { added: 0, removed: 1, changed: 0 },
      direction: { added: 0, removed: 0, changed: 1 },
    })
  })
})
