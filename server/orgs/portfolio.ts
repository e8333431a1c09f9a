/**
 * The organisation's workspaces as portfolio rows, and the schools' data for the roll-ups. A board
 * that cannot be read is reported as unreadable (and left out of roll-ups), never shown as empty.
 */
import type { PortfolioEntry } from '../../shared/api/orgs'
import type { SchoolData } from '../../shared/domain/portfolio/school'
import { err, ok, type Result } from '../../shared/result'
import { fromStorage, type ApiFailure } from '../http/errors'
import type { OrgDeps } from './deps'
import { finalSnapshotOf } from './final-plan'
import { monitoringOf, monthOf } from './monitoring'
import { phaseOf } from './school-reader'

const latest = (...isoDates: (string | null | undefined)[]) => isoDates.filter((d): d is string => !!d).sort().at(-1) ?? ''

export async function portfolioEntries(deps: OrgDeps, orgId: string): Promise<Result<PortfolioEntry[], ApiFailure>> {
  const attached = await deps.store.listAttached(orgId)
  if (!attached.ok) return err(fromStorage(attached.error))
  const reads = await deps.reader.readMany(attached.value)
  if (!reads.ok) return err(fromStorage(reads.error))
  const out: PortfolioEntry[] = []
  for (const [i, a] of attached.value.entries()) {
    const final = await finalSnapshotOf(deps.storage, a.workspaceId)
    if (!final.ok) return err(fromStorage(final.error))
    const answer = await monitoringOf(deps.storage, { workspaceId: a.workspaceId, strategyIds: [], month: monthOf(deps.now()) })
    if (!answer.ok && answer.error.kind !== 'corrupt') return err(fromStorage(answer.error))
    const monitoring = answer.ok ? answer.value : { summary: { status: 'none' } as const }
    const read = reads.value[i]!
    if (!read.ok && read.error.kind !== 'corrupt') return err(fromStorage(read.error))
    out.push({
      workspaceId: a.workspaceId,
      title: a.title,
      school: a.school,
      createdAt: a.createdAt,
      lastActivity: latest(a.createdAt, a.lastActivity, final.value?.createdAt),
      phase: read.ok ? phaseOf(read.value, { finalSnapshot: final.value !== undefined, monitoring: monitoring.summary.status !== 'none' }) : 'none',
      unreadable: !read.ok,
      priorities: read.ok ? [...read.value.priorities] : [],
      monitoring: monitoring.summary,
    })
  }
  return ok(out)
}

export async function schoolsOf(deps: OrgDeps, orgId: string): Promise<Result<SchoolData[], ApiFailure>> {
  const attached = await deps.store.listAttached(orgId)
  if (!attached.ok) return err(fromStorage(attached.error))
  const reads = await deps.reader.readMany(attached.value)
  if (!reads.ok) return err(fromStorage(reads.error))
  const out: SchoolData[] = []
  for (const read of reads.value) {
    if (read.ok) out.push(read.value.data)
    else if (read.error.kind !== 'corrupt') return err(fromStorage(read.error))
  }
  return ok(out)
}
