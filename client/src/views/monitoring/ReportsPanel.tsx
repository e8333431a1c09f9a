/**
 * Cadence reports: a facilitator takes a monthly, quarterly, semester or annual report as an
 * immutable version; everyone downloads Word, Markdown, print page or JSON. The annual review is
 * also where next year's plan draft starts (carry forward).
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { useStatusLine } from '../../facilitation/use-status-line'
import { REPORT_FORMATS, type ReportFormat, type ReportMeta } from '../../../../shared/api/monitoring'
import { CADENCES, type Cadence } from '../../../../shared/domain/monitoring/report-document'
import { monthLabel } from '../../../../shared/domain/monitoring/periods'
import { useWorkspace } from '../../workspace/context'
import { monitoringApi } from './api'
import { useMonitoringContext } from './context'

const FORMAT_LABELS = { docx: 'Word', pdf: 'PDF', md: 'Markdown', html: 'Print page', json: 'JSON' } as const satisfies Record<ReportFormat, string>
const PERIODS = { quarterly: ['Q1', 'Q2', 'Q3', 'Q4'], semester: ['S1', 'S2'], annual: ['year'] } as const

export function ReportsPanel() {
  const { workspace, token, me } = useWorkspace()
  const { month } = useMonitoringContext()
  const [reports, setReports] = useState<readonly ReportMeta[]>([])
  const [cadence, setCadence] = useState<Cadence>('monthly')
  const [status, setStatus] = useStatusLine()
  const facilitator = me.role === 'facilitator'
  const refresh = useCallback(() => void monitoringApi.reports(workspace.id, token).then((r) => r.ok && setReports(r.value.reports)), [workspace.id, token])
  useEffect(refresh, [refresh])

  const take = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const f = new FormData(e.currentTarget)
    const period = cadence === 'monthly' ? month : String(f.get('period'))
    setStatus('Taking the report…')
    const done = await monitoringApi.takeReport(workspace.id, { cadence, period, summary: String(f.get('summary') ?? '') }, token)
    setStatus(done.ok ? `Saved report version ${done.value.version}: ${done.value.title}.` : done.error.message)
    refresh()
  }
  const carry = async () => {
    if (!window.confirm("Start next year's plan draft from this annual review? The draft's goals and priorities are replaced; every signed version stays in Versions.")) return
    const done = await monitoringApi.carryForward(workspace.id, token)
    setStatus(done.ok ? `Next year's draft started. Carried: ${done.value.carried.join('; ') || 'nothing'}. Finished: ${done.value.finished.join('; ') || 'nothing'}.` : done.error.message)
  }
  const download = async (v: number, f: ReportFormat) => {
    const done = await monitoringApi.download(workspace.id, v, f, token)
    setStatus(done.ok ? `Downloaded ${done.value}.` : done.error.message)
  }
  return (
    <section aria-labelledby="reports-heading">
      <h3 id="reports-heading">Cadence reports</h3>
      {facilitator && (
        <form onSubmit={(e) => void take(e)} className="toolbar">
          <label>Report type <select value={cadence} onChange={(e) => setCadence(e.target.value as Cadence)}>{(Object.keys(CADENCES) as Cadence[]).map((c) => <option key={c} value={c}>{CADENCES[c]}</option>)}</select></label>
          {cadence === 'monthly' ? <span>for {monthLabel(month)}</span> : (
            <label>Period <select name="period">{PERIODS[cadence].map((p) => <option key={p} value={p}>{p === 'year' ? 'The school year' : p}</option>)}</select></label>
          )}
          <label>Note <input name="summary" maxLength={2000} /></label>
          <button type="submit" className="primary">Take report</button>
        </form>
      )}
      {facilitator && <p><button type="button" onClick={() => void carry()}>Start next year&apos;s plan draft from the annual review</button></p>}
      <p className="status">{status}</p>
      {reports.length === 0 ? <p className="hint">No reports yet.</p> : (
        <ul className="report-list">
          {[...reports].reverse().map((r) => (
            <li key={r.version}>
              <strong>Version {r.version}</strong>: {CADENCES[r.cadence]}, {r.cadence === 'monthly' ? monthLabel(r.period) : r.period} · {r.authorName} · {r.createdAt.slice(0, 10)}{r.summary ? ` · ${r.summary}` : ''}
              <span role="group" aria-label={`Download report version ${r.version}`}>
                {REPORT_FORMATS.map((f) => <button key={f} type="button" onClick={() => void download(r.version, f)}>{FORMAT_LABELS[f]}</button>)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
