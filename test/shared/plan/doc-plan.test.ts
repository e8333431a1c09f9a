import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { addPlanItem, ensurePlan, movePlanItem, planItemText, planText, removePlanItem, setPlanDate, setPlanItemText, setPlanText } from '../../../shared/doc/plan'
import { ORIGINS } from '../../../shared/doc/origin'
import { addActionResponsible, addStrategy, setActionResponsible, setPlanLink, setStrategyFields, signPlan } from '../../../shared/plan/mutations'
import { readPlan } from '../../../shared/plan/read'
import { emptyPlanDraft } from '../../../shared/plan/draft'
import { buildSamplePlan, CLOCK, newDoc } from './fixtures'

/** Two documents wired together in memory: every update one makes is applied to the other. */
function docPair(): [Y.Doc, Y.Doc] {
  const a = newDoc(1)
  const b = newDoc(2)
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, u, 'remote'))
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, u, 'remote'))
  return [a, b]
}
/** Two documents that edit offline, then exchange their states. */
function offlinePair(): [Y.Doc, Y.Doc, () => void] {
  const a = newDoc(1)
  const b = newDoc(2)
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
  }
  return [a, b, sync]
}

describe('the plan draft in the board document', () => {
  it('reads an empty board as the empty draft', () => {
    expect(readPlan(newDoc())).toEqual(emptyPlanDraft())
  })

  it('reads back everything the named mutations wrote, nested and in order', () => {
    const doc = newDoc()
    buildSamplePlan(doc)
    const plan = readPlan(doc)
    expect(plan.header.schoolName).toBe('Lincoln Middle School')
    expect(plan.needs.elements).toEqual(['demographics', 'demographics.student'])
    const strategy = plan.priorities[0]?.strategies[0]
    expect(strategy).toMatchObject({ id: 'strat-1', practiceCode: '3b', goalId: 'goal-1', achievableWithinOneYear: false })
    expect(strategy?.milestones[0]?.actions.map((a) => a.id)).toEqual(['act-1', 'act-2'])
    expect(strategy?.milestones[0]?.actions[0]?.responsible).toEqual([{ key: 'm-ana', name: 'Ana Ortiz' }])
    expect(plan.priorities[0]?.links.cause).toEqual(['cause-1'])
    expect(plan.priorities[0]?.supports[0]?.needed).toBe('Math PD')
  })

  it('writes each mutation as one transaction with the given origin', () => {
    const doc = newDoc()
    const origins: unknown[] = []
    doc.on('afterTransaction', (t: Y.Transaction) => origins.push(t.origin))
    addPlanItem(doc, 'priority', { id: 'prio-1', texts: { title: 'x' } }, ORIGINS.localUser)
    setPlanText(doc, 'vision', 'v', ORIGINS.template)
    expect(origins).toEqual([ORIGINS.localUser, ORIGINS.template])
  })

  it.each([
    ['a strategy without a priority', () => addPlanItem(newDoc(), 'strategy', { id: 'strat-1' })],
    ['a malformed id', () => addPlanItem(newDoc(), 'priority', { id: 'a/b' })],
    ['a practice code outside 1a–4c', () => {
      const doc = newDoc()
      addPlanItem(doc, 'priority', { id: 'prio-1' })
      return addStrategy(doc, { id: 'strat-1', parentId: 'prio-1', practiceCode: '5z' })
    }],
  ])('refuses %s with a message', (_, attempt) => {
    const result = attempt()
    expect(result.ok).toBe(false)
  })

  it('edits only the changed part of a text, so concurrent typing in the same field merges', () => {
    const [a, b, sync] = offlinePair()
    ensurePlan(a)
    sync()
    setPlanText(a, 'vision', 'Every student thrives')
    sync()
    setPlanText(a, 'vision', 'Every student thrives!')
    setPlanText(b, 'vision', 'Truly every student thrives')
    sync()
    expect(planText(a, 'vision')?.toString()).toBe('Truly every student thrives!')
    expect(readPlan(b).vision).toBe('Truly every student thrives!')
  })

  it('keeps both items when two people add to the same priority at once', () => {
    const [a, b] = docPair()
    addPlanItem(a, 'priority', { id: 'prio-1' })
    const [x, y, sync] = offlinePair()
    Y.applyUpdate(x, Y.encodeStateAsUpdate(a))
    Y.applyUpdate(y, Y.encodeStateAsUpdate(b))
    addStrategy(x, { id: 'strat-x', parentId: 'prio-1' })
    addStrategy(y, { id: 'strat-y', parentId: 'prio-1' })
    sync()
    expect(readPlan(x).priorities[0]?.strategies.map((s) => s.id).sort()).toEqual(['strat-x', 'strat-y'])
    expect(readPlan(x)).toEqual(readPlan(y))
  })

  it('leaves two owners visible when two people assign an action at once, and one after a reassign', () => {
    const [a, b, sync] = offlinePair()
    buildSamplePlan(a)
    sync()
    setActionResponsible(a, 'act-2', { key: 'm-cy', name: 'Cy' })
    setActionResponsible(b, 'act-2', { key: 'm-di', name: 'Di' })
    sync()
    expect(readPlan(a).priorities[0]?.strategies[0]?.milestones[0]?.actions[1]?.responsible.map((p) => p.name).sort()).toEqual(['Cy', 'Di'])
    setActionResponsible(a, 'act-2', { key: 'm-di', name: 'Di' })
    sync()
    expect(readPlan(b).priorities[0]?.strategies[0]?.milestones[0]?.actions[1]?.responsible).toEqual([{ key: 'm-di', name: 'Di' }])
    addActionResponsible(b, 'act-2', { key: 'm-ed', name: 'Ed' })
    expect(readPlan(b).priorities[0]?.strategies[0]?.milestones[0]?.actions[1]?.responsible).toHaveLength(2)
  })

  it('moves a strategy to another priority with field writes only', () => {
    const doc = newDoc()
    buildSamplePlan(doc)
    addPlanItem(doc, 'priority', { id: 'prio-2' })
    let updates = 0
    doc.on('update', () => updates++)
    expect(movePlanItem(doc, 'strategy', 'strat-1', { parentId: 'prio-2', after: null }).ok).toBe(true)
    expect(updates).toBe(1)
    const plan = readPlan(doc)
    expect(plan.priorities[0]?.strategies).toEqual([])
    expect(plan.priorities[1]?.strategies[0]?.milestones[0]?.actions).toHaveLength(2)
  })

  it('deletes an item with everything under it', () => {
    const doc = newDoc()
    buildSamplePlan(doc)
    removePlanItem(doc, 'priority', 'prio-1')
    const root = doc.getMap('plan')
    expect([...root.keys()].filter((k) => /^(priority|strategy|strategyMeasure|milestone|action|support)\//.test(k))).toEqual([])
  })

  it('reports an item added under a parent someone else deleted as an orphan', () => {
    const [a, b, sync] = offlinePair()
    buildSamplePlan(a)
    sync()
    removePlanItem(a, 'milestone', 'mile-1')
    addPlanItem(b, 'action', { id: 'act-late', parentId: 'mile-1' })
    sync()
    expect(readPlan(a).orphans).toEqual([{ kind: 'action', id: 'act-late' }])
  })

  it('sets strategy fields, links, item texts, dates and signatures', () => {
    const doc = newDoc()
    buildSamplePlan(doc)
    setStrategyFields(doc, 'strat-1', { achievableWithinOneYear: true, practiceCode: null })
    setPlanLink(doc, 'strategy', 'strat-1', { kind: 'rubric', id: '2a3' }, true)
    setPlanLink(doc, 'priority', 'prio-1', { kind: 'cause', id: 'cause-1' }, false)
    setPlanItemText(doc, 'milestone', 'mile-1', 'timeline', 'By March')
    setPlanDate(doc, 'dateOfPlan', '2025-01-10')
    signPlan(doc, 'sign-1', '  Ana Ortiz ', CLOCK)
    const plan = readPlan(doc)
    const s = plan.priorities[0]?.strategies[0]
    expect(s).toMatchObject({ achievableWithinOneYear: true, practiceCode: null, links: { cause: [], swot: [], rubric: ['2a3'] } })
    expect(plan.priorities[0]?.links.cause).toEqual([])
    expect(s?.milestones[0]?.timeline).toBe('By March')
    expect(planItemText(doc, 'milestone', 'mile-1', 'timeline')).toBeInstanceOf(Y.Text)
    expect(plan.dateOfPlan).toBe('2025-01-10')
    expect(plan.signatures[0]).toMatchObject({ signature: 'Ana Ortiz', signedAt: CLOCK.now })
  })

  it('reads wrongly typed remote content as empty instead of throwing', () => {
    const doc = newDoc()
    const root = doc.getMap('plan')
    root.set('text/vision', 42)
    root.set('priority/p-weird', 'not a map')
    const item = new Y.Map<unknown>()
    root.set('strategy/s-weird', item)
    item.set('parentId', 7)
    item.set('oneYear', 'yes')
    const plan = readPlan(doc)
    expect(plan.vision).toBe('')
    expect(plan.priorities).toEqual([])
    expect(plan.orphans).toEqual([{ kind: 'strategy', id: 's-weird' }])
  })
})
