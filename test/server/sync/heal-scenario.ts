/**
 * One scenario for every storage backend: a scorer's private document gets a stored row that cannot
 * be served (its checksum fails, or it throws when applied). The document opens without that row,
 * the row is quarantined and reported by the doctor, and reveal still works for everyone.
 */
import { expect } from 'vitest'
import * as Y from 'yjs'
import { RUBRIC_ROUTES, RevealResult } from '../../../shared/api/rubric'
import { setPick } from '../../../shared/doc/rubric'
import type { Storage } from '../../../server/storage/types'
import type { DocRegistry } from '../../../server/sync/registry'
import { runDoctor } from '../../../server/doctor/doctor'
import { createWorkspace, join, postJson } from '../../helpers/api'
import { storedDoc } from '../../helpers/fixtures'
import { poisonUpdates } from '../../helpers/poison'
import { connectSynced } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'

export type Damage = 'fails its checksum' | 'throws when applied'

export interface HealTarget {
  readonly url: string
  readonly storage: Storage
  readonly registry: DocRegistry
  /** overwrites the bytes of one stored row without fixing its checksum */
  damageRow(docKey: string, seq: number): Promise<void>
}

export async function unreadableRowScenario(target: HealTarget, damage: Damage): Promise<void> {
  const created = await createWorkspace(target.url)
  const workspaceId = created.workspace.id
  const ana = await join(target.url, created, 'participant', 'Ana')
  const ben = await join(target.url, created, 'participant', 'Ben')
  for (const [member, level] of [[ana, 1], [ben, 2]] as const) {
    const c = await connectSynced(target.url, workspaceId, `private/${member.member.id}`, member.memberToken)
    setPick(c.doc, '1a1', level)
    await waitFor(async () => (await storedDoc(target.storage, `${workspaceId}/private/${member.member.id}`)).getMap('rubric').get('pick/1a1') === level, 'the pick stored')
    c.destroy()
  }
  await waitFor(() => target.registry.loadedCount === 0, 'the private documents to unload')

  // one more row for Ana, then the damage
  const key = `${workspaceId}/private/${ana.member.id}`
  const later = await storedDoc(target.storage, key)
  const sv = Y.encodeStateVector(later)
  setPick(later, '1a2', 3)
  const appended = await target.storage.appendUpdate(key, damage === 'throws when applied' ? poisonUpdates(5)[0]!.update : Y.encodeStateAsUpdate(later, sv))
  if (!appended.ok) throw new Error(appended.error.message)
  if (damage === 'fails its checksum') await target.damageRow(key, appended.value)

  const res = await postJson(`${target.url}${RUBRIC_ROUTES.reveal(workspaceId)}`, { domains: 'all' }, created.memberToken)
  expect(res.status).toBe(200)
  const result = RevealResult.parse(await res.json())
  expect(result.memberCount).toBe(2) // Ana's earlier pick still counts; Ben's too
  expect(result.skipped).toEqual([])

  const ownView = await connectSynced(target.url, workspaceId, `private/${ana.member.id}`, ana.memberToken)
  expect(ownView.doc.getMap('rubric').toJSON()).toMatchObject({ 'pick/1a1': 1 })
  ownView.destroy()

  const report = await runDoctor(target.storage, { workspace: workspaceId, check: true })
  expect(report.quarantined.map((q) => [q.docKey, q.seq])).toEqual([[key, appended.value]])
  expect(report.quarantined[0]!.reason).toContain(damage === 'fails its checksum' ? 'checksum' : 'throws when applied')
  expect(report.checked.every((c) => c.ok)).toBe(true)
}
