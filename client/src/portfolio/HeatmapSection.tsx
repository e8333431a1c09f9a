/**
 * The schools × 37 elements heatmap, grouped by domain: each cell is a button (level letter +
 * pattern, so colour is never the only signal) that shows that school's evidence below the grid;
 * the table foot counts schools per level. Exports: CSV (server), SVG and PNG.
 */
import { useState } from 'react'
import { ORG_ROUTES } from '../../../shared/api/orgs'
import { LEA_SELF_REFLECTION } from '../../../shared/content/lea-self-reflection'
import type { RubricHeatmap } from '../../../shared/domain/portfolio/schema'
import { cssBackground, levelLook } from '../views/rubric/levels'
import { ExportButtons } from './ExportButtons'
import { heatmapSvg } from './heatmap-svg'

type Picked = { readonly school: number; readonly element: string }

export function HeatmapSection(props: { readonly orgId: string; readonly orgName: string; readonly heatmap: RubricHeatmap }) {
  const h = props.heatmap
  const [picked, setPicked] = useState<Picked>()
  const elements = h.domains.flatMap((d) => d.elements)
  const chosen = picked && elements.find((e) => e.id === picked.element)
  const cell = chosen && picked ? chosen.cells[picked.school] : undefined
  const levelName = (level: number | null) => (level === null ? 'Not set' : (h.levels[level] ?? String(level)))
  return (
    <section aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">Team rubric levels across schools</h2>
      <p className="muted small">The level each school’s team agreed for each element of the LEA Self-Reflection (not individual picks). Choose a cell to read the school’s evidence. The rubric is one input to a needs assessment, not the assessment itself.</p>
      <ExportButtons what="heatmap" csvUrl={ORG_ROUTES.rollup(props.orgId, 'heatmap', 'csv')} filename="rubric-heatmap" svg={() => heatmapSvg(h, `${props.orgName}: team rubric levels`)} />
      <div className="heatmap-scroll">
        <table className="org-heatmap">
          <caption className="visually-hidden">Schools by rubric element; letters: {h.levels.map((l) => `${l.charAt(0)} ${l}`).join(', ')}</caption>
          <thead>
            <tr>
              <td />
              {h.domains.map((d) => (
                <th key={d.id} scope="colgroup" colSpan={d.elements.length} className="domain-head">
                  {d.title}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">School</th>
              {elements.map((e) => (
                <th key={e.id} scope="col" className="element-head">
                  <abbr title={e.shortTitle}>{e.id}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {h.schools.map((s, row) => (
              <tr key={s.workspaceId}>
                <th scope="row">
                  {s.school}
                  {!s.hasRubric && <span className="muted small"> (no rubric yet)</span>}
                </th>
                {elements.map((e) => {
                  const c = e.cells[row]
                  const look = levelLook(LEA_SELF_REFLECTION, c?.level ?? null)
                  const on = picked?.school === row && picked.element === e.id
                  return (
                    <td key={e.id}>
                      <button
                        type="button"
                        className="heat-cell"
                        style={{ background: cssBackground(look), color: look.ink, borderColor: look.ink }}
                        aria-pressed={on}
                        aria-label={`${s.school}, ${e.id} ${e.shortTitle}: ${levelName(c?.level ?? null)}. Show evidence`}
                        onClick={() => setPicked(on ? undefined : { school: row, element: e.id })}
                      >
                        {look.short === 'Not set' ? '–' : look.short.charAt(0)}
                      </button>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            {[...h.levels.map((l, i) => ({ label: l, short: levelLook(LEA_SELF_REFLECTION, i).short, at: (e: (typeof elements)[number]) => e.counts[i] ?? 0 })), { label: 'Not set', short: 'Not set', at: (e: (typeof elements)[number]) => e.unset }].map((r) => (
              <tr key={r.label}>
                <th scope="row" className="small">
                  <abbr title={`Schools at ${r.label}`}>Schools: {r.short}</abbr>
                </th>
                {elements.map((e) => (
                  <td key={e.id} className="count">
                    {r.at(e)}
                  </td>
                ))}
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
      <div className="card evidence-panel" aria-live="polite">
        {chosen && picked && cell ? (
          <>
            <h3>
              {h.schools[picked.school]?.school} · {chosen.id} {chosen.shortTitle}
            </h3>
            <p>
              <strong>{levelName(cell.level)}</strong>
            </p>
            <p>{cell.evidence.trim() ? cell.evidence : <span className="empty">No evidence written for this element.</span>}</p>
          </>
        ) : (
          <p className="empty">Choose a cell to see that school’s evidence.</p>
        )}
      </div>
      <p className="muted small credit">{h.credit}</p>
    </section>
  )
}
