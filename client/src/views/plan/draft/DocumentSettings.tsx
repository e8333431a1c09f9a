/**
 * How the plan's documents print: paper size (US Letter unless the team picks A4) and the locale
 * dates are written in. Stored in the draft, so every snapshot and its exports use them.
 */
import { useId } from 'react'
import { setPlanSetting } from '../../../../../shared/plan/mutations'
import { humanDate } from '../../../../../shared/render/dates'
import { isPaperSize, PAPER_SIZE_IDS, PAPER_SIZES } from '../../../../../shared/render/model'
import { usePlan } from '../plan-context'

const LOCALES = { '': 'English (United States), the default', 'en-GB': 'English (United Kingdom)', 'en-CA': 'English (Canada)', 'es-US': 'Español (Estados Unidos)', 'fr-CA': 'Français (Canada)' } as const
const isLocale = (v: string): v is keyof typeof LOCALES => Object.hasOwn(LOCALES, v)

export function DocumentSettings() {
  const { doc, draft, readOnly, announce } = usePlan()
  const id = useId()
  const { paper, locale } = draft.settings
  const set = (name: 'paper' | 'locale', value: string) => {
    const done = setPlanSetting(doc, name, value)
    announce(done.ok ? 'Saved for every later snapshot and download.' : done.error)
  }
  return (
    <fieldset className="plan-settings" disabled={readOnly}>
      <legend>Printed documents</legend>
      <label htmlFor={`${id}-paper`}>Paper</label>
      <select id={`${id}-paper`} value={paper} onChange={(e) => isPaperSize(e.target.value) && set('paper', e.target.value)}>
        {PAPER_SIZE_IDS.map((p) => (
          <option key={p} value={p}>
            {PAPER_SIZES[p].label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-locale`}>Dates written as</label>
      <select id={`${id}-locale`} value={isLocale(locale) ? locale : ''} onChange={(e) => set('locale', e.target.value)} aria-describedby={`${id}-example`}>
        {Object.entries(LOCALES).map(([tag, label]) => (
          <option key={tag} value={tag}>
            {label}
          </option>
        ))}
      </select>
      <span className="hint" id={`${id}-example`}>
        e.g. {humanDate('2026-12-01', locale || 'en-US')}
      </span>
    </fieldset>
  )
}
