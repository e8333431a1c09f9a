/**
 * The monitoring board: the year after the session, against the plan version the board signed.
 * Sections: monthly action status, implementation data (Tool A's quarter and semester tables),
 * results with run charts, PDSA cycles, the driver diagram, coach comments and cadence reports.
 */
import './monitoring.css'
import { useState } from 'react'
import { yearMonths } from '../../../../shared/domain/monitoring/periods'
import { useWorkspace } from '../../workspace/context'
import { CommentsPanel } from './CommentsPanel'
import { DriverPanel } from './DriverPanel'
import { FollowPanel } from './FollowPanel'
import { ImplementationPanel } from './ImplementationPanel'
import { PdsaPanel } from './PdsaPanel'
import { ReportsPanel } from './ReportsPanel'
import { ResultsPanel } from './ResultsPanel'
import { StatusBoard } from './StatusBoard'
import { useMonitoring } from './use-monitoring'
import { MonitoringContext } from './context'

const SECTIONS = {
  status: 'Monthly status',
  implementation: 'Implementation data',
  results: 'Results',
  pdsa: 'PDSA cycles',
  driver: 'Driver diagram',
  comments: 'Coach comments',
  reports: 'Reports',
} as const
type Section = keyof typeof SECTIONS

/** the current month, clamped into the school year */
function defaultMonth(yearStart: string): string {
  const months = yearMonths(yearStart)
  const now = new Date().toISOString().slice(0, 7)
  return months.includes(now) ? now : now < months[0]! ? months[0]! : months[11]!
}

export default function MonitoringView() {
  const { me } = useWorkspace()
  const state = useMonitoring()
  const [section, setSection] = useState<Section>('status')
  const [month, setMonth] = useState<string | null>(null)
  if (!state.ready) return <p className="hint">Loading the monitoring board…</p>
  const { read } = state
  const openCount = state.comments.filter((c) => !c.resolved).length
  const current = month && yearMonths(read.yearStart).includes(month) ? month : defaultMonth(read.yearStart)
  const canWrite = me.role !== 'observer'
  return (
    <MonitoringContext.Provider value={{ ...state, month: current, setMonth, canWrite }}>
      <div className="monitoring" data-testid="monitoring">
        <h2>Monitoring {read.yearLabel}</h2>
        <FollowPanel />
        {read.skeleton && (
          <>
            <nav aria-label="Monitoring sections" className="monitoring-tabs">
              {(Object.keys(SECTIONS) as Section[]).map((s) => (
                <button key={s} type="button" aria-pressed={section === s} onClick={() => setSection(s)}>
                  {SECTIONS[s]}
                  {s === 'comments' && openCount > 0 ? ` (${openCount} open)` : ''}
                </button>
              ))}
            </nav>
            {section === 'status' && <StatusBoard />}
            {section === 'implementation' && <ImplementationPanel />}
            {section === 'results' && <ResultsPanel />}
            {section === 'pdsa' && <PdsaPanel />}
            {section === 'driver' && <DriverPanel />}
            {section === 'comments' && <CommentsPanel />}
            {section === 'reports' && <ReportsPanel />}
          </>
        )}
      </div>
    </MonitoringContext.Provider>
  )
}
