/** What every monitoring panel reads: the documents' reads, the month being reported and whether this member may write. */
import { createContext, useContext } from 'react'
import type { MonitoringState } from './use-monitoring'

export interface MonitoringContextValue extends MonitoringState {
  readonly month: string
  readonly setMonth: (month: string) => void
  readonly canWrite: boolean
}

export const MonitoringContext = createContext<MonitoringContextValue | null>(null)

export function useMonitoringContext(): MonitoringContextValue {
  const v = useContext(MonitoringContext)
  if (!v) throw new Error('useMonitoringContext outside the monitoring board')
  return v
}
