/**
 * Plan quality checks beside the editor, recomputed live with the same function every snapshot
 * runs. Reported only: each finding takes you to the place it is about; nothing is fixed for you.
 */
import type { QualityFinding } from '../../../../shared/plan/document'
import { usePlan } from './plan-context'

function targetElement(f: QualityFinding): HTMLElement | null {
  if (f.target.kind === 'plan') return document.getElementById('plan-planning')
  if (f.target.kind === 'cause' || f.target.kind === 'swot') return document.getElementById(`plan-da-${f.target.id}`)
  return document.getElementById(`plan-item-${f.target.id}`)
}

function goTo(f: QualityFinding) {
  const el = targetElement(f)
  if (!el) return
  el.scrollIntoView({ block: 'center' })
  const field = el.querySelector<HTMLElement>('input:not([type=checkbox]), textarea, select')
  ;(field ?? el).focus({ preventScroll: true })
}

export function QualityPanel() {
  const { live } = usePlan()
  const findings = live.quality
  return (
    <aside className="quality" aria-labelledby="quality-h">
      <h2 id="quality-h">Plan quality checks</h2>
      <p className="small muted">From Tool A and the planning guidance. Reported for the team to decide; nothing is changed automatically.</p>
      <p role="status" aria-live="polite" className="quality-count">
        {findings.length === 0 ? '✓ No findings right now.' : `⚠ ${findings.length} finding${findings.length === 1 ? '' : 's'}`}
      </p>
      <ul>
        {findings.map((f) => (
          <li key={f.id}>
            <p>{f.message}</p>
            <button type="button" className="link" onClick={() => goTo(f)}>
              Go to {f.target.label}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  )
}
