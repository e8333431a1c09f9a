/** The versions: when, by whom and why, each openable read-only, and a form to compare two of them. */
import { useState } from 'react'
import type { SnapshotMeta } from '../../../../../shared/plan/snapshot-api'

interface Props {
  readonly versions: readonly SnapshotMeta[]
  readonly openVersion: number | null
  readonly onOpen: (version: number) => void
  readonly onCompare: (a: number, b: number) => void
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function VersionList({ versions, openVersion, onOpen, onCompare }: Props) {
  const last = versions.at(-1)?.version ?? 1
  const [a, setA] = useState<number>(Math.max(1, last - 1))
  const [b, setB] = useState<number>(last)
  return (
    <div className="version-list">
      <table className="plan-table">
        <caption>Plan versions</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Taken</th>
            <th scope="col">By</th>
            <th scope="col">Update summary</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} aria-current={v.version === openVersion ? 'true' : undefined}>
              <th scope="row">
                {v.version}
                {v.final && <span className="badge"> final</span>}
              </th>
              <td>
                <time dateTime={v.createdAt}>{when(v.createdAt)}</time>
              </td>
              <td>{v.authorName || 'a former member'}</td>
              <td>{v.summary}</td>
              <td>
                <button type="button" onClick={() => onOpen(v.version)} aria-pressed={v.version === openVersion}>
                  Open<span className="visually-hidden"> version {v.version}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.length > 1 && (
        <form
          className="row compare"
          onSubmit={(e) => {
            e.preventDefault()
            onCompare(a, b)
          }}
        >
          <label htmlFor="compare-a">Compare version</label>
          <select id="compare-a" value={a} onChange={(e) => setA(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {v.version}
              </option>
            ))}
          </select>
          <label htmlFor="compare-b">with version</label>
          <select id="compare-b" value={b} onChange={(e) => setB(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {v.version}
              </option>
            ))}
          </select>
          <button type="submit" disabled={a === b}>
            Show changes
          </button>
        </form>
      )}
    </div>
  )
}
