/** One action's row for the month: status, completion date, output yes/no + link, a one-line note. Each field is its own write. */
import { useState } from 'react'
import { setMonthField, type MonthField } from '../../../../shared/doc/monitoring'
import { ACTION_STATUSES, STATUS_LABELS, type ActionStatus } from '../../../../shared/domain/monitoring/model'
import { monthLabel } from '../../../../shared/domain/monitoring/periods'
import type { SkeletonAction } from '../../../../shared/domain/monitoring/skeleton'
import { stateAt } from '../../../../shared/domain/monitoring/status'
import { useWorkspace } from '../../workspace/context'
import { CommentButton } from './CommentButton'
import { useMonitoringContext } from './context'

/** A text input that shows the shared value except while this person is typing in it. */
function LiveText({ value, label, type = 'text', onCommit, disabled }: { value: string; label: string; type?: 'text' | 'url'; onCommit: (v: string) => void; disabled: boolean }) {
  const [draft, setDraft] = useState<string | null>(null)
  return (
    <input
      type={type}
      aria-label={label}
      value={draft ?? value}
      disabled={disabled}
      maxLength={300}
      onFocus={() => setDraft(value)}
      onChange={(e) => {
        setDraft(e.target.value)
        if (type === 'text') onCommit(e.target.value)
      }}
      onBlur={(e) => {
        if (type === 'url' && (e.target.value === '' || /^https?:\/\/\S+$/i.test(e.target.value))) onCommit(e.target.value)
        setDraft(null)
      }}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
    />
  )
}

export function StatusRow({ action, behind }: { action: SkeletonAction; behind: boolean }) {
  const { me } = useWorkspace()
  const { read, conn, month, canWrite } = useMonitoringContext()
  const row = read.rows[action.id]
  const s = stateAt(row, month)
  const set = (field: MonthField, value: ActionStatus | string | boolean | null) => setMonthField(conn.doc, action.id, month, field, value, me.displayName)
  const n = action.number
  const updated = row?.months[month] !== undefined
  return (
    <tr className={behind ? 'is-behind' : undefined} data-action={n}>
      <th scope="row">
        <span className="num">{n}</span> {action.text}
        <span className="meta">
          {action.responsible && <> · {action.responsible}</>}
          {row?.due && <> · due {monthLabel(row.due)}</>}
          {behind && <strong className="flag"> · Behind schedule</strong>}
          {!updated && <> · not yet updated this month</>}
        </span>
      </th>
      <td>
        <select aria-label={`Status of action ${n}`} value={s.status} disabled={!canWrite} onChange={(e) => set('status', e.target.value as ActionStatus)} data-status={s.status}>
          {ACTION_STATUSES.map((x) => <option key={x} value={x}>{STATUS_LABELS[x]}</option>)}
        </select>
      </td>
      <td>
        <input type="date" aria-label={`Completion date of action ${n}`} value={s.completedOn ?? ''} disabled={!canWrite} onChange={(e) => set('completedOn', e.target.value || null)} />
      </td>
      <td>
        <input type="checkbox" aria-label={`Output produced for action ${n}`} checked={s.output} disabled={!canWrite} onChange={(e) => set('output', e.target.checked)} />
      </td>
      <td><LiveText type="url" label={`Output link for action ${n}`} value={s.link} disabled={!canWrite} onCommit={(v) => set('link', v || null)} /></td>
      <td><LiveText label={`Note on action ${n}`} value={s.note} disabled={!canWrite} onCommit={(v) => set('note', v || null)} /></td>
      <td><CommentButton target={{ kind: 'monitoring-row', id: action.id, label: `Action ${n} ${action.text}` }} /></td>
    </tr>
  )
}
