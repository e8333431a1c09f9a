/** A practice-code tally (schools per code, 1a–4c) as a standalone SVG bar chart with the credit line. */
import { wrapText, xml } from './exports'

export type TallyRow = { readonly code: string; readonly title: string; readonly schools: number; readonly note: string }

export function tallySvg(title: string, rows: readonly TallyRow[], totalSchools: number, credit: string): string {
  const width = 860
  const barX = 330
  const barW = 380
  const rowH = 24
  const top = 48
  const lines = wrapText(credit, 130)
  const height = top + rows.length * rowH + 24 + lines.length * 14 + 16
  const max = Math.max(1, totalSchools)
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/><text x="16" y="28" font-size="16" font-weight="700">${xml(title)}</text>`,
  ]
  rows.forEach((r, i) => {
    const y = top + i * rowH
    const w = (r.schools / max) * barW
    out.push(`<text x="16" y="${y + 16}"><tspan font-weight="700">${xml(r.code)}</tspan> ${xml(r.title.slice(0, 44))}</text>`)
    out.push(`<rect x="${barX}" y="${y + 4}" width="${barW}" height="16" fill="#f1f5f9"/><rect x="${barX}" y="${y + 4}" width="${w}" height="16" fill="#2563eb"/>`)
    out.push(`<text x="${barX + barW + 8}" y="${y + 16}">${r.schools} of ${totalSchools} schools${r.note ? ` · ${xml(r.note)}` : ''}</text>`)
  })
  lines.forEach((l, i) => out.push(`<text x="16" y="${top + rows.length * rowH + 24 + i * 14}" fill="#475569" font-size="10">${xml(l)}</text>`))
  out.push('</svg>')
  return out.join('')
}
