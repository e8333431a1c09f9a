/**
 * The one place the portfolio reads monitoring (issue 16): a workspace's `monitoring` and
 * `comments` documents, read from storage, reduced to counts (open coach comments, actions behind
 * schedule this month) and one line per strategy on how its measures did this plan year. Only
 * counts and measure figures leave here — never a comment's author or an action's owner.
 */
import type { Monitoring } from '../../shared/api/orgs'
import { readComments } from '../../shared/doc/comments'
import { readMonitoring } from '../../shared/doc/monitoring-read'
import { roomName } from '../../shared/doc/names'
import { annualProgress } from '../../shared/domain/monitoring/results'
import { monitoringSignals } from '../../shared/domain/monitoring/signals'
import { allStrategies } from '../../shared/domain/monitoring/skeleton'
import { ok, type Result } from '../../shared/result'
import type { Storage, StorageError } from '../storage/types'
import { loadStoredDoc } from './school-reader'

export type MonitoringQuery = {
  readonly workspaceId: string
  /** strategies whose "how did it do" the caller wants (the strategy library); empty for the portfolio row */
  readonly strategyIds: readonly string[]
  /** the month "behind schedule" is judged in, YYYY-MM */
  readonly month: string
}

export type MonitoringAnswer = {
  readonly summary: Monitoring
  /** strategy id → one line on its measures ("% lessons standards-based: 48 (Q2, baseline 26%) — target not met") */
  readonly strategies: ReadonlyMap<string, string>
}

const NONE: MonitoringAnswer = { summary: { status: 'none' }, strategies: new Map() }

export const monthOf = (d: Date): string => d.toISOString().slice(0, 7)

export async function monitoringOf(storage: Storage, q: MonitoringQuery): Promise<Result<MonitoringAnswer, StorageError>> {
  const monitoringDoc = await loadStoredDoc(storage, roomName(q.workspaceId, { kind: 'monitoring' }))
  if (!monitoringDoc.ok) return monitoringDoc
  const read = readMonitoring(monitoringDoc.value)
  monitoringDoc.value.destroy()
  if (!read.skeleton) return ok(NONE)
  const commentsDoc = await loadStoredDoc(storage, roomName(q.workspaceId, { kind: 'comments' }))
  if (!commentsDoc.ok) return commentsDoc
  const signals = monitoringSignals({ monitoring: read, comments: readComments(commentsDoc.value) }, q.month)
  commentsDoc.value.destroy()
  const wanted = new Set(q.strategyIds)
  const strategies = new Map<string, string>()
  for (const s of allStrategies(read.skeleton))
    if (wanted.has(s.id) && s.measures.length > 0)
      strategies.set(s.id, s.measures.map((m) => `${m.indicator || 'measure'}: ${annualProgress(read, m, read.planYear)}`).join('; '))
  return ok({ summary: { status: 'active', openComments: signals.openComments.length, behindSchedule: signals.behindSchedule.length }, strategies })
}
