/**
 * The "touches a locked board" rule on updates made by real mutations, judged against the server's
 * copy: only what an update newly adds or newly deletes counts — a sync step 2, or an update that
 * carries the plan's old deletions in its delete set, does not touch the plan.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { rootsTouched } from '../../../server/sync/roots'
import { checkLocks } from '../../../server/sync/locks'
import { addSwotItem, createSwotBoard, swotItemText } from '../../../shared/doc/swot'
import { addPlanItem, ensurePlan, planItemText, removePlanItem } from '../../../shared/doc/plan'
import { addCard, addTopic, answerPoll } from '../../../shared/doc/synthesis'

const BOARD = { kind: 'board' } as const

/** a server and a client in step, whose plan has seen items added and deleted */
function sessionWithPlanHistory() {
  const server = new Y.Doc()
  server.clientID = 1
  const client = new Y.Doc()
  client.clientID = 2
  ensurePlan(client)
  createSwotBoard(client, { boardId: 'b1', title: 'Grade 7 math', now: 1 })
  addSwotItem(client, { boardId: 'b1', itemId: 'i1', quadrant: 'weaknesses', text: 'Attendance', now: 2 })
  addPlanItem(client, 'priority', { id: 'p1', texts: { title: 'Math' } })
  addPlanItem(client, 'priority', { id: 'p2', texts: { title: 'Dropped' } })
  removePlanItem(client, 'priority', 'p2')
  planItemText(client, 'priority', 'p1', 'title')?.delete(0, 2)
  addTopic(client, { id: 't1', title: 'Agreement', order: 'a' })
  addCard(client, { id: 'c1', topicId: 't1', column: { kind: 'agreement' }, text: 'Shared data', provenance: { roles: ['teacher'] }, order: 'a' })
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client))
  return { server, client }
}

/** the update `change` makes on the client, and whether a plan lock refuses it on the server */
function planLockVerdict(server: Y.Doc, client: Y.Doc, change: () => void) {
  const updates: Uint8Array[] = []
  const on = (u: Uint8Array) => updates.push(u)
  client.on('update', on)
  change()
  client.off('update', on)
  const update = updates.length > 0 ? Y.mergeUpdates(updates) : Y.encodeStateAsUpdate(client, Y.encodeStateVector(server))
  return checkLocks(BOARD, ['plan'], rootsTouched(server, Y.decodeUpdate(update))).locked
}

describe('a plan lock', () => {
  it('does not refuse typing in SWOT', () => {
    const { server, client } = sessionWithPlanHistory()
    expect(planLockVerdict(server, client, () => swotItemText(client, 'b1', 'i1', 'text')?.insert(0, 'Low '))).toBe(false)
  })

  it('does not refuse a reaction on a synthesis card', () => {
    const { server, client } = sessionWithPlanHistory()
    expect(planLockVerdict(server, client, () => answerPoll(client, 'c1', 'm2', 'disagree'))).toBe(false)
  })

  it('does not refuse a sync step 2 that carries the plan’s old deletions', () => {
    const { server, client } = sessionWithPlanHistory()
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server))
    expect(checkLocks(BOARD, ['plan'], rootsTouched(server, Y.decodeUpdate(step2))).locked).toBe(false)
    const full = Y.encodeStateAsUpdate(client)
    expect(checkLocks(BOARD, ['plan'], rootsTouched(server, Y.decodeUpdate(full))).locked).toBe(false)
  })

  it('does not refuse an update whose only deletions are old ones', () => {
    const { server, client } = sessionWithPlanHistory()
    const ds = Y.decodeUpdate(Y.encodeStateAsUpdate(client)).ds
    expect(ds.clients.size).toBeGreaterThan(0) // the plan's deletions are in it
    expect(checkLocks(BOARD, ['plan'], rootsTouched(server, { structs: [], ds })).locked).toBe(false)
  })

  it('refuses typing in the plan', () => {
    const { server, client } = sessionWithPlanHistory()
    expect(planLockVerdict(server, client, () => planItemText(client, 'priority', 'p1', 'title')?.insert(0, 'Grade 7 '))).toBe(true)
  })

  it('refuses deleting a plan item', () => {
    const { server, client } = sessionWithPlanHistory()
    expect(planLockVerdict(server, client, () => removePlanItem(client, 'priority', 'p1'))).toBe(true)
  })
})
