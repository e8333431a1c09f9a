/**
 * The storage doctor: lists quarantined rows (moved aside because they failed their checksum or
 * threw when applied) and, with `check`, rebuilds every stored document the way the relay does,
 * quarantining any row that would stop it from opening. It never deletes a row.
 */
import { buildDoc } from '../sync/doc-loader'
import type { QuarantinedRow, Storage } from '../storage/types'

export interface DoctorOptions {
  /** only documents of this workspace (all when absent) */
  readonly workspace?: string | undefined
  /** rebuild every document too, not only list what is quarantined */
  readonly check: boolean
}

export interface DoctorReport {
  readonly checked: readonly { readonly docKey: string; readonly ok: boolean; readonly detail: string }[]
  readonly quarantined: readonly QuarantinedRow[]
}

export async function runDoctor(storage: Storage, options: DoctorOptions, log: (line: string) => void = () => {}): Promise<DoctorReport> {
  const prefix = options.workspace ? `${options.workspace}/` : ''
  const checked: DoctorReport['checked'][number][] = []
  if (options.check) {
    const keys = await storage.listDocKeys(prefix)
    if (!keys.ok) throw new Error(`cannot list documents: ${keys.error.message}`)
    for (const docKey of keys.value) {
      const built = await buildDoc(storage, docKey, log)
      if (built.ok) {
        built.value.doc.destroy()
        checked.push({ docKey, ok: true, detail: `${built.value.rowCount} rows, ${built.value.bytes} bytes` })
      } else checked.push({ docKey, ok: false, detail: built.error.message })
    }
  }
  const quarantined = await storage.listQuarantine(prefix)
  if (!quarantined.ok) throw new Error(`cannot list quarantined rows: ${quarantined.error.message}`)
  return { checked, quarantined: quarantined.value }
}

export function formatReport(report: DoctorReport): string {
  const lines: string[] = []
  for (const c of report.checked) lines.push(`${c.ok ? 'ok  ' : 'FAIL'} ${c.docKey}: ${c.detail}`)
  if (report.quarantined.length === 0) lines.push('no quarantined rows')
  else {
    lines.push(`${report.quarantined.length} quarantined row(s):`)
    for (const q of report.quarantined) lines.push(`  ${q.docKey} seq ${q.seq} (${q.bytes} bytes, ${q.at}): ${q.reason}`)
  }
  return lines.join('\n')
}
