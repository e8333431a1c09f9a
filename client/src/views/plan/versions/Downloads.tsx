/** Downloads of one version (Word, Markdown, JSON, print page) and the browser's print, with live status. */
import { useState } from 'react'
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormat } from '../../../../../shared/plan/snapshot-api'
import { useWorkspace } from '../../../workspace/context'
import { snapshotsApi } from './api'

export function Downloads({ version, title }: { version: number; title: string }) {
  const { workspace, token } = useWorkspace()
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const [status, setStatus] = useState('')
  const download = async (format: ExportFormat) => {
    setBusy(format)
    setStatus(`Preparing the ${EXPORT_FORMATS[format].label} file…`)
    const done = await snapshotsApi.download(workspace.id, version, format, title, token)
    setBusy(null)
    setStatus(done.ok ? `Downloaded ${done.value}.` : `The download failed: ${done.error.message}`)
  }
  return (
    <div className="downloads no-print" role="group" aria-label={`Download or print version ${version}`}>
      {EXPORT_FORMAT_IDS.map((f) => (
        <button key={f} type="button" onClick={() => void download(f)} disabled={busy !== null} aria-busy={busy === f}>
          Download {EXPORT_FORMATS[f].label}
        </button>
      ))}
      <button type="button" onClick={() => window.print()}>
        Print or save as PDF
      </button>
      <p role="status" aria-live="polite" className="status">
        {status}
      </p>
    </div>
  )
}
