/**
 * A roll-up by practice code (root causes, or priorities and strategies): one row per code 1a–4c
 * with how many schools share it and a bar (the count is also written out), the entries behind it
 * one click away, uncoded items counted apart, and CSV/SVG/PNG exports.
 */
import { ExportButtons } from './ExportButtons'
import { tallySvg, type TallyRow } from './tally-svg'

export type PracticeEntry = { readonly key: string; readonly school: string; readonly text: string; readonly tag?: string }
export type PracticeRow = TallyRow & { readonly entries: readonly PracticeEntry[] }

export function PracticeSection(props: {
  readonly id: string
  readonly heading: string
  readonly intro: string
  readonly rows: readonly PracticeRow[]
  readonly uncoded: string
  readonly totalSchools: number
  readonly csvUrl: string
  readonly filename: string
  readonly credit: string
}) {
  return (
    <section aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.heading}</h2>
      <p className="muted small">{props.intro}</p>
      <ExportButtons what={props.heading.toLowerCase()} csvUrl={props.csvUrl} filename={props.filename} svg={() => tallySvg(props.heading, props.rows, props.totalSchools, props.credit)} />
      <ul className="tally">
        {props.rows.map((r) => (
          <li key={r.code}>
            <details>
              <summary>
                <span className="tally-code">{r.code}</span> <span className="tally-title">{r.title}</span>
                <span className="tally-bar" aria-hidden="true">
                  <span style={{ width: `${props.totalSchools ? (r.schools / props.totalSchools) * 100 : 0}%` }} />
                </span>
                <span className="tally-count">
                  {r.schools} of {props.totalSchools} schools{r.note && ` · ${r.note}`}
                </span>
              </summary>
              {r.entries.length === 0 ? (
                <p className="empty">Nothing coded {r.code} yet.</p>
              ) : (
                <ul className="tally-entries">
                  {r.entries.map((e) => (
                    <li key={e.key}>
                      <strong>{e.school}:</strong> {e.text}
                      {e.tag && <span className="badge tag">{e.tag}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </details>
          </li>
        ))}
      </ul>
      <p className="muted small">{props.uncoded}</p>
      <p className="muted small credit">{props.credit}</p>
    </section>
  )
}
