/**
 * The whole rubric at a glance: domains × elements, each cell showing the team level as colour, pattern
 * and a word; the distribution appears on hover, on focus and (pinned) on click, and is the cell's
 * description for screen readers. Exports: PNG of the picture, CSV of the published aggregates.
 */
import { useMemo, useState } from 'react'
import { useStatusLine } from '../../facilitation/use-status-line'
import type { Rubric } from '../../../../shared/content/rubric-model'
import type { PublishedRubric } from '../../../../shared/doc/rubric'
import type { ElementStats } from '../../../../shared/domain/rubric/aggregate'
import { aggregateCsv } from '../../../../shared/domain/rubric/csv'
import type { TeamState } from '../../../../shared/domain/rubric/types'
import { downloadBlob } from '../../ui/download'
import { heatmapPng } from './heatmap-png'
import { distributionText, teamLevelText } from './heatmap-text'
import { cssBackground, levelLook, UNSET } from './levels'

interface Props {
  readonly rubric: Rubric
  readonly team: TeamState
  readonly published: PublishedRubric | null
  readonly nameOf: (memberId: string) => string
}

export function Heatmap({ rubric, team, published, nameOf }: Props) {
  const [pinned, setPinned] = useState<string | null>(null)
  const [status, setStatus] = useStatusLine()
  const stats = useMemo(() => {
    const m = new Map<string, ElementStats>()
    for (const row of published?.publication.elements ?? []) m.set(row.elementId, row)
    return m
  }, [published])

  const exportPng = async () => {
    try {
      downloadBlob(await heatmapPng(rubric, team, stats), 'self-reflection-heatmap.png')
      setStatus('Heatmap PNG downloaded.')
    } catch {
      setStatus('The PNG could not be made in this browser.')
    }
  }
  const hasTeamLevels = Object.values(team.elements).some((e) => e.level !== null)
  const exportCsv = () => {
    const csv = aggregateCsv(rubric, published?.publication ?? null, { memberLabel: nameOf, team })
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'self-reflection-results.csv')
    const mode = !published ? 'team levels only, nothing revealed yet' : published.publication.mode === 'named' ? 'with each person’s picks' : 'counts only, anonymous'
    setStatus(`CSV downloaded (${mode}).`)
  }

  return (
    <section aria-labelledby="rb-heat-heading" className="rb-heatmap">
      <h3 id="rb-heat-heading">Heatmap of team levels</h3>
      <p className="hint">
        Each cell is one element; its colour, pattern and word show the team level. Hover, focus or press a cell to see how people
        picked.
      </p>
      <ul className="rb-legend" aria-label="Legend">
        {[...rubric.levels.map((l, i) => ({ label: l.label, look: levelLook(rubric, i) })), { label: 'No team level yet', look: UNSET }].map(({ label, look }) => (
          <li key={label}>
            <span className="rb-swatch" style={{ background: cssBackground(look), borderColor: look.ink }} aria-hidden="true" />
            <strong>{look.short}</strong>: {label}
          </li>
        ))}
      </ul>
      {rubric.domains.map((domain) => (
        <div key={domain.id} className="rb-heat-row" role="group" aria-labelledby={`rb-heat-d-${domain.id}`}>
          <p className="rb-heat-domain" id={`rb-heat-d-${domain.id}`}>
            {domain.number}. {domain.title.text}
          </p>
          <ul className="rb-heat-cells">
            {domain.practices.flatMap((p) =>
              p.elements.map((element) => {
                const level = team.elements[element.id]?.level
                const look = levelLook(rubric, level)
                const s = stats.get(element.id)
                const tipId = `rb-tip-${element.id}`
                return (
                  <li key={element.id} className={pinned === element.id ? 'rb-cell-wrap pinned' : 'rb-cell-wrap'}>
                    <button
                      type="button"
                      className="rb-cell"
                      data-testid="heatmap-cell"
                      data-element={element.id}
                      style={{ background: cssBackground(look), borderColor: look.ink }}
                      aria-describedby={tipId}
                      aria-expanded={pinned === element.id}
                      onClick={() => setPinned(pinned === element.id ? null : element.id)}
                    >
                      <span className="rb-cell-code">{element.id}</span>
                      <span className="rb-cell-level">{look.short}</span>
                      {s?.disagreement && <span aria-hidden="true"> ⚠</span>}
                    </button>
                    <span role="tooltip" id={tipId} className="rb-tip">
                      {element.id} {element.shortTitle}. {teamLevelText(rubric, level)}. {distributionText(rubric, s)}
                    </span>
                  </li>
                )
              }),
            )}
          </ul>
        </div>
      ))}
      <div className="row rb-wrap">
        <button type="button" onClick={() => void exportPng()}>
          Download heatmap (PNG)
        </button>
        <button type="button" onClick={exportCsv} disabled={!published && !hasTeamLevels} aria-describedby={published || hasTeamLevels ? undefined : 'rb-csv-why'}>
          Download results (CSV)
        </button>
        {!published && !hasTeamLevels && (
          <span className="hint" id="rb-csv-why">
            The CSV is available once the team has agreed a level or the facilitator has revealed the results.
          </span>
        )}
      </div>
      <p>
        {status}
      </p>
    </section>
  )
}
