/** A workspace whose board holds the sample plan, snapshotted as version 1 and followed for 2026-27. */
import { readPlan } from '../../../shared/plan/read'
import { MONITORING_ROUTES } from '../../../shared/api/monitoring'
import { SNAPSHOT_ROUTES } from '../../../shared/plan/snapshot-api'
import { postJson, threeMembers } from '../../helpers/api'
import { connectSynced, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { buildSampleBoard } from '../../shared/domain/monitoring/sample-year'
import { readMonitoring } from '../../../shared/doc/monitoring-read'

export async function followedWorkspace(base: string, track: (...c: Client[]) => unknown) {
  const members = await threeMembers(base)
  const { workspaceId, facilitator } = members
  const board = await connectSynced(base, workspaceId, 'board', facilitator.memberToken)
  const watcher = await connectSynced(base, workspaceId, 'board', members.observer.memberToken)
  track(board, watcher)
  buildSampleBoard(board.doc)
  await waitFor(() => readPlan(watcher.doc).priorities.length === 2 && readPlan(watcher.doc).priorities[1]!.strategies[0]?.milestones[0]?.actions.length === 2, 'the plan on the server')
  const snap = await postJson(`${base}${SNAPSHOT_ROUTES.list(workspaceId)}`, { summary: 'Signed by the board' }, facilitator.memberToken)
  if (snap.status !== 201) throw new Error(`snapshot: ${snap.status} ${await snap.text()}`)
  const follow = await postJson(`${base}${MONITORING_ROUTES.follow(workspaceId)}`, { version: 1, yearStart: '2026-08', yearLabel: '2026-27', planYear: 1 }, facilitator.memberToken)
  if (follow.status !== 200) throw new Error(`follow: ${follow.status} ${await follow.text()}`)
  const monitoring = await connectSynced(base, workspaceId, 'monitoring', members.participant.memberToken)
  track(monitoring)
  await waitFor(() => readMonitoring(monitoring.doc).skeleton !== null && Object.keys(readMonitoring(monitoring.doc).rows).length === 7, 'the followed plan')
  return { ...members, board, monitoring }
}
