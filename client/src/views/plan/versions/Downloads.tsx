/**
 * Downloads of one version (Word, PDF, Markdown, print page, JSON, and the separate review notes),
 * on the plan's paper size or another one chosen here, and the browser's print, with live status.
 */
import { useState } from 'react'
import { useStatusLine } from '../../../facilitation/use-status-line'
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormat } from '../../../../../shared/plan/snapshot-api'
import { isPaperSize, PAPER_SIZE_IDS, PAPER_SIZES, type PaperSize } from '../../../../../shared/render/model'
import { useWorkspace } from '../../../workspace/context'
import { snapshotsApi } from './api'

export function Downloads({ version, title, paper }: { version: number; title: string; paper: PaperSize }) {
  const { workspace, token } = useWorkspace()
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const [status, setStatus] = useStatusLine()
  const [size, setSize] = useState<PaperSize>(paper)
  const download = async (format: ExportFormat) => {
    setBusy(format)
    setStatus(`Preparing the ${EXPORT_FORMATS[format].label} file…`)
    const done = await snapshotsApi.download(workspace.id, version, format, title, token, size === paper ? undefined : size)
    setBusy(null)
    setStatus(done.ok ? `Downloaded ${done.value}.` : `The download failed: ${done.error.message}`)
  }
  return (
    <div className="downloads no-print" role="group" aria-label={`Download or print version ${version}`}>
      <label htmlFor={`paper-${version}`}>Paper</label>
      <select id={`paper-${version}`} value={size} onChange={(e) => isPaperSize(e.target.value) && setSize(e.target.value)}>
        {PAPER_SIZE_IDS.map((p) => (
          <option key={p} value={p}>
            {PAPER_SIZES[p].label}
            {p === paper ? ' — the plan’s setting' : ''}
          </option>
        ))}
      </select>
      {EXPORT_FORMAT_IDS.map((f) => (
        <button key={f} type="button" onClick={() => void download(f)} disabled={busy !== null} aria-busy={busy === f}>
          Download {EXPORT_FORMATS[f].label}
        </button>
      ))}
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
      <p className="status">
        {status}
      </p>
    </div>
  )
}
