/**
 * The team's level for one element: a radio group that stays disabled until the team has written
 * evidence (a level cannot be locked without it), with the reason shown next to it, and a clear button.
 */
import { useState } from 'react'
import type * as Y from 'yjs'
import type { Rubric } from '../../../../shared/content/rubric-model'
import { setTeamLevel } from '../../../../shared/doc/rubric'
import type { TeamElement } from '../../../../shared/domain/rubric/types'

interface Props {
  readonly rubric: Rubric
  readonly doc: Y.Doc
  readonly elementId: string
  readonly team: TeamElement | undefined
  readonly hasEvidence: boolean
  readonly readOnly: boolean
  /** recorded as who locked it: a member id in named mode, "team" in anonymous mode */
  readonly by: string
  readonly lockedByName: string | null
}

export function TeamLevel({ rubric, doc, elementId, team, hasEvidence, readOnly, by, lockedByName }: Props) {
  const [error, setError] = useState('')
  const level = team?.level ?? null
  const blocked = !hasEvidence && level === null
  const whyId = `rb-team-why-${elementId}`
  const choose = (i: number | null) => {
    const r = setTeamLevel(doc, elementId, i, by, Date.now())
    setError(r.ok ? '' : r.error === 'evidence-required' ? 'Write the team evidence first: a level cannot be locked without evidence.' : 'That level could not be saved.')
  }
  return (
    <fieldset className="rb-team-level" aria-describedby={blocked || readOnly ? whyId : undefined}>
      <legend>Team level for {elementId}</legend>
      {(blocked || readOnly) && (
        <p className="hint" id={whyId}>
          {readOnly ? 'Observers can read the team level but not change it.' : '🔒 Write the team evidence above first: a team level cannot be locked without evidence.'}
        </p>
      )}
      <div className="row rb-wrap">
        {rubric.levels.map((l, i) => (
          <label key={l.id} className="row rb-team-option">
            <input
              type="radio"
              name={`rb-team-${elementId}`}
              checked={level === i}
              disabled={readOnly || (!hasEvidence && level !== i)}
              onChange={() => choose(i)}
            />
            {l.label}
          </label>
        ))}
        {level !== null && !readOnly && (
          <button type="button" onClick={() => choose(null)} aria-label={`Clear the team level for ${elementId}`}>
            Clear
          </button>
        )}
      </div>
      {level !== null && (
        <p className="rb-locked" data-testid="rubric-team-locked">
          ✔ Locked at {rubric.levels[level]?.label ?? ''}
          {lockedByName ? ` by ${lockedByName}` : ''}
          {!hasEvidence && ' — ⚠ the team evidence has since been emptied; add it back.'}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
