import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { addPlanItem, movePlanItem, removePlanItem } from '../../../shared/doc/plan'
import { numberPlan } from '../../../shared/plan/numbering'
import { readPlan } from '../../../shared/plan/read'
import { newDoc } from './fixtures'

/** Priorities A and B; A has strategies A1, A2; A1 has milestone A1m with actions a1, a2, a3. */
function tree(): Y.Doc {
  const doc = newDoc()
  addPlanItem(doc, 'priority', { id: 'A' })
  addPlanItem(doc, 'priority', { id: 'B' })
  addPlanItem(doc, 'strategy', { id: 'A1', parentId: 'A' })
  addPlanItem(doc, 'strategy', { id: 'A2', parentId: 'A' })
  addPlanItem(doc, 'milestone', { id: 'A1m', parentId: 'A1' })
  for (const id of ['a1', 'a2', 'a3']) addPlanItem(doc, 'action', { id, parentId: 'A1m' })
  return doc
}
const labels = (doc: Y.Doc) => Object.fromEntries([...numberPlan(readPlan(doc).priorities)].map(([id, n]) => [id, n.label]))

describe('plan numbering', () => {
  it('numbers priorities n, strategies n.m, milestones n.m.k and actions n.m.k.j', () => {
    expect(labels(tree())).toEqual({
      A: 'Priority 1', B: 'Priority 2', A1: 'Strategy 1.1', A2: 'Strategy 1.2', A1m: 'Milestone 1.1.1',
      a1: 'Action 1.1.1.1', a2: 'Action 1.1.1.2', a3: 'Action 1.1.1.3',
    })
  })

  it.each([
    ['inserting a priority first shifts every number under the others', (d: Y.Doc) => addPlanItem(d, 'priority', { id: 'Z', after: null }),
      { Z: 'Priority 1', A: 'Priority 2', A1: 'Strategy 2.1', a3: 'Action 2.1.1.3', B: 'Priority 3' }],
    ['inserting an action after the first renumbers those after it', (d: Y.Doc) => addPlanItem(d, 'action', { id: 'aX', parentId: 'A1m', after: 'a1' }),
      { a1: 'Action 1.1.1.1', aX: 'Action 1.1.1.2', a2: 'Action 1.1.1.3', a3: 'Action 1.1.1.4' }],
    ['moving the last action first', (d: Y.Doc) => movePlanItem(d, 'action', 'a3', { after: null }),
      { a3: 'Action 1.1.1.1', a1: 'Action 1.1.1.2', a2: 'Action 1.1.1.3' }],
    ['moving a strategy to the second priority', (d: Y.Doc) => movePlanItem(d, 'strategy', 'A1', { parentId: 'B', after: null }),
      { A2: 'Strategy 1.1', A1: 'Strategy 2.1', A1m: 'Milestone 2.1.1', a2: 'Action 2.1.1.2' }],
    ['moving the second priority first', (d: Y.Doc) => movePlanItem(d, 'priority', 'B', { after: null }),
      { B: 'Priority 1', A: 'Priority 2', A2: 'Strategy 2.2', a1: 'Action 2.1.1.1' }],
    ['deleting the first strategy', (d: Y.Doc) => removePlanItem(d, 'strategy', 'A1'),
      { A2: 'Strategy 1.1' }],
    ['deleting the middle action', (d: Y.Doc) => removePlanItem(d, 'action', 'a2'),
      { a1: 'Action 1.1.1.1', a3: 'Action 1.1.1.2' }],
  ])('renumbers after %s', (_, change, expected) => {
    const doc = tree()
    change(doc)
    expect(labels(doc)).toMatchObject(expected)
  })

  it('drops the numbers of deleted items', () => {
    const doc = tree()
    removePlanItem(doc, 'strategy', 'A1')
    expect(Object.keys(labels(doc)).sort()).toEqual(['A', 'A2', 'B'])
  })
})
