/**
 * What a portfolio page needs from one workspace's monitoring: its open coach comments and its
 * actions behind schedule this month. Pure: both documents' plain reads and the month go in.
 */
import type { CommentThread } from './comments'
import { openThreads } from './comments'
import type { MonitoringRead } from './model'
import { behindSchedule, type BehindAction } from './status'

export interface MonitoringSignals {
  readonly openComments: readonly CommentThread[]
  readonly behindSchedule: readonly BehindAction[]
}

export function monitoringSignals(input: { readonly monitoring: MonitoringRead; readonly comments: readonly CommentThread[] }, month: string): MonitoringSignals {
  return { openComments: openThreads(input.comments), behindSchedule: behindSchedule(input.monitoring, month) }
}
