/**
 * The one place the portfolio reads monitoring data (issue 16: monthly action status, coach
 * comments, PDSA). Until that lands this answers "none" for every workspace; wiring it means
 * replacing the body of `monitoringOf`, nothing else.
 */
import type { Monitoring } from '../../shared/api/orgs'

export type MonitoringQuery = {
  readonly workspaceId: string
  /** strategies whose "how did it do" the caller wants (the strategy library); empty for the portfolio row */
  readonly strategyIds: readonly string[]
}

export type MonitoringAnswer = {
  readonly summary: Monitoring
  /** strategy id → a one-line result ("met 2 of 3 measure targets"); empty when there is no monitoring */
  readonly strategies: ReadonlyMap<string, string>
}

export async function monitoringOf(_query: MonitoringQuery): Promise<MonitoringAnswer> {
  return { summary: { status: 'none' }, strategies: new Map() }
}
