/** The coaching questions that fit the SWOT step (Tool B "2. Assess Needs", Sample Planning step 1), with attribution. */
import { DATA_ANALYSIS_INTRO, SWOT_COACHING } from '../../../../shared/content/swot-prompts'
import { PLANNING_ATTRIBUTION } from '../../../../shared/content/planning-steps'
import { promptText } from '../../../../shared/domain/fishbone/prompts'

export function CoachingPrompts() {
  return (
    <details className="swot-coaching card">
      <summary>Coaching questions for this step</summary>
      <p className="small">{DATA_ANALYSIS_INTRO}</p>
      <p className="small">{SWOT_COACHING.framing}</p>
      <ul>
        {SWOT_COACHING.toolBPromptIds.map((id) => (
          <li key={id}>{promptText(id)}</li>
        ))}
      </ul>
      <h4 className="small">Examine performance trends</h4>
      <ul>
        {SWOT_COACHING.planningPromptIds.map((id) => (
          <li key={id}>{promptText(id)}</li>
        ))}
      </ul>
      <p className="small muted">
        From {SWOT_COACHING.attribution.title} — {SWOT_COACHING.attribution.source} {SWOT_COACHING.attribution.licence}. Step questions from{' '}
        {PLANNING_ATTRIBUTION.source}. Data Analysis prompts from Tool A of the same CCSSO source (CC BY 4.0).
      </p>
    </details>
  )
}
