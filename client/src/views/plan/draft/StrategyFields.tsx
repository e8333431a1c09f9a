/** A strategy's practice code (Four Domains 1a–4c), its linked student-focused goal and the one-year flag. */
import { PRACTICE_CODES } from '../../../../../shared/content/fishbone'
import type { StrategyDraft } from '../../../../../shared/plan/draft'
import { setStrategyFields } from '../../../../../shared/plan/mutations'
import { practiceTitle } from '../../../../../shared/plan/rubric-index'
import { usePlan } from '../plan-context'

export function StrategyFields({ strategy, label }: { strategy: StrategyDraft; label: string }) {
  const { doc, draft, readOnly } = usePlan()
  const id = strategy.id
  return (
    <div className="plan-grid">
      <div className="plan-field">
        <label htmlFor={`code-${id}`}>Practice (Four Domains)</label>
        <select id={`code-${id}`} value={strategy.practiceCode ?? ''} disabled={readOnly} onChange={(e) => setStrategyFields(doc, id, { practiceCode: e.target.value || null })}>
          <option value="">— none —</option>
          {PRACTICE_CODES.map((c) => (
            <option key={c} value={c}>
              {c} {practiceTitle(c)}
            </option>
          ))}
        </select>
      </div>
      <div className="plan-field">
        <label htmlFor={`goal-${id}`}>Student-focused goal it supports</label>
        <select id={`goal-${id}`} value={strategy.goalId ?? ''} disabled={readOnly} onChange={(e) => setStrategyFields(doc, id, { goalId: e.target.value || null })}>
          <option value="">{draft.goals.length ? '— choose a goal —' : '— add goals under Strategic Direction —'}</option>
          {draft.goals.map((g, i) => (
            <option key={g.id} value={g.id}>
              Goal {i + 1}: {g.statement.slice(0, 80) || 'untitled'}
            </option>
          ))}
        </select>
      </div>
      <div className="plan-field">
        <label className="check">
          <input
            type="checkbox"
            checked={strategy.achievableWithinOneYear}
            disabled={readOnly}
            onChange={(e) => setStrategyFields(doc, id, { achievableWithinOneYear: e.target.checked })}
            aria-describedby={`oneyear-${id}`}
          />{' '}
          {label} is achievable within one year
        </label>
        <p className="hint" id={`oneyear-${id}`}>
          A strategy takes two or more years; one that fits in a year is probably a milestone.
        </p>
      </div>
    </div>
  )
}
