/**
 * The individual picks for one element after the reveal: a small table (level, count, bar) that reads
 * as text, plus median, range and the disagreement flag in words and with an icon — never colour alone.
 */
import type { Rubric } from '../../../../shared/content/rubric-model'
import { medianLabel, type ElementStats } from '../../../../shared/domain/rubric/aggregate'
import { cssBackground, levelLook } from './levels'

export function disagreementText(stats: ElementStats): string {
  return stats.disagreement ? '⚠ Disagreement: picks are two or more levels apart' : '✓ Picks are close'
}

export function Distribution({ rubric, stats }: { rubric: Rubric; stats: ElementStats }) {
  const max = Math.max(1, ...stats.counts)
  return (
    <div className="rb-distribution">
      <table>
        <caption className="visually-hidden">Individual picks for {stats.elementId}</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Picks</th>
            <th scope="col" aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {rubric.levels.map((level, i) => {
            const n = stats.counts[i] ?? 0
            const look = levelLook(rubric, i)
            return (
              <tr key={level.id}>
                <th scope="row">{level.label}</th>
                <td className="rb-count">{n}</td>
                <td aria-hidden="true" className="rb-bar-cell">
                  <span className="rb-bar" style={{ width: `${(n / max) * 100}%`, background: cssBackground(look), borderColor: look.ink }} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="rb-stats">
        {stats.n === 0 ? (
          'Nobody picked a level for this element.'
        ) : (
          <>
            {stats.n} {stats.n === 1 ? 'pick' : 'picks'} · Median: {medianLabel(rubric, stats.median)}
            {stats.range && ` · Range: ${rubric.levels[stats.range.min]?.label ?? ''} to ${rubric.levels[stats.range.max]?.label ?? ''}`}
          </>
        )}
      </p>
      <p className={stats.disagreement ? 'rb-flag rb-flag-on' : 'rb-flag'} data-testid="rubric-disagreement">
        {disagreementText(stats)}
      </p>
    </div>
  )
}
