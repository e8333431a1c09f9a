/** The tags of one cause: cause/symptom, actionable, within control, systemic (automatic or by hand), breakdown level, practice code. */
import { useId } from 'react'
import { BREAKDOWN_LEVELS, CAUSE_TAGS, type BreakdownLevel, type PracticeCode } from '../../../../shared/content/fishbone'
import { LEA_SELF_REFLECTION } from '../../../../shared/content/lea-self-reflection'
import type { CauseTagPatch } from '../../../../shared/doc/fishbone-causes'
import type { Cause } from '../../../../shared/doc/fishbone-read'
import type { SystemicInfo } from '../../../../shared/domain/fishbone/systemic'
import { promptText } from '../../../../shared/domain/fishbone/prompts'
import { PRACTICE_PROMPT_ID } from '../../../../shared/content/fishbone'
import { TagRadios } from './TagRadios'

const PRACTICES = LEA_SELF_REFLECTION.domains.flatMap((d) => d.practices.map((p) => ({ id: p.id, title: p.title.text })))

interface Props {
  readonly cause: Cause
  readonly systemic: SystemicInfo
  readonly readOnly: boolean
  readonly onTag: (patch: CauseTagPatch) => void
}

export function CauseTags({ cause, systemic, readOnly, onTag }: Props) {
  const ids = useId()
  const name = (tag: string) => `${ids}-${tag}-${cause.id}`
  const auto = systemic.automatic
    ? `Automatic: systemic — this cause appears under ${systemic.fishboneIds.length} heads.`
    : 'Automatic: not systemic — it appears under one head only.'
  return (
    <div className="fb-tags">
      <TagRadios name={name('kind')} legend={CAUSE_TAGS.kind.label} question={CAUSE_TAGS.kind.question} values={CAUSE_TAGS.kind.values} value={cause.kind} disabled={readOnly} onChange={(kind) => onTag({ kind })} />
      <TagRadios name={name('act')} legend={CAUSE_TAGS.actionable.label} question={CAUSE_TAGS.actionable.question} values={CAUSE_TAGS.actionable.values} value={cause.actionable} disabled={readOnly} onChange={(actionable) => onTag({ actionable })} />
      <TagRadios name={name('ctl')} legend={CAUSE_TAGS.withinControl.label} question={CAUSE_TAGS.withinControl.question} values={CAUSE_TAGS.withinControl.values} value={cause.withinControl} disabled={readOnly} onChange={(withinControl) => onTag({ withinControl })} />
      <TagRadios
        name={name('sys')}
        legend={CAUSE_TAGS.systemic.label}
        question={`${CAUSE_TAGS.systemic.question} ${auto}`}
        values={CAUSE_TAGS.systemic.values}
        value={cause.systemicOverride}
        unsetLabel={`Automatic (${systemic.automatic ? 'systemic' : 'not systemic'})`}
        disabled={readOnly}
        onChange={(v) => onTag({ systemic: v })}
      />
      <div className="field">
        <label htmlFor={`${ids}-lvl`}>{CAUSE_TAGS.breakdownLevel.label}</label>
        <p className="hint" id={`${ids}-lvl-q`}>
          {CAUSE_TAGS.breakdownLevel.question}
        </p>
        <select
          id={`${ids}-lvl`}
          aria-describedby={`${ids}-lvl-q`}
          disabled={readOnly}
          value={cause.breakdownLevel ?? ''}
          onChange={(e) => onTag({ breakdownLevel: e.target.value === '' ? null : (e.target.value as BreakdownLevel) })}
        >
          <option value="">Not set</option>
          {BREAKDOWN_LEVELS.map((l) => (
            <option key={l} value={l}>
              {CAUSE_TAGS.breakdownLevel.values[l]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-pc`}>Lacking effective practice (practice code)</label>
        <p className="hint" id={`${ids}-pc-q`}>
          {promptText(PRACTICE_PROMPT_ID)}
        </p>
        <select
          id={`${ids}-pc`}
          aria-describedby={`${ids}-pc-q`}
          disabled={readOnly}
          value={cause.practiceCode ?? ''}
          onChange={(e) => onTag({ practiceCode: e.target.value === '' ? null : (e.target.value as PracticeCode) })}
        >
          <option value="">None chosen</option>
          {PRACTICES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.id} — {p.title}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
