/**
 * The cross-school heatmap as a standalone SVG (also the source of the PNG): schools down, the 37
 * elements across grouped by domain, each cell's level as a letter and a pattern (colour is never
 * the only signal), counts per level beneath, a legend and the Tool C credit line.
 */
import { LEA_SELF_REFLECTION } from '../../../shared/content/lea-self-reflection'
import type { RubricHeatmap } from '../../../shared/domain/portfolio/schema'
import { levelLook, type LevelLook } from '../views/rubric/levels'
import { wrapText, xml } from './exports'

const CELL = 26
const LABEL = 190
const PAD = 16
const HEAD = 52

const letter = (look: LevelLook) => (look.short === 'Not set' ? '–' : look.short.charAt(0))

function patternDefs(): string {
  return LEA_SELF_REFLECTION.levels
    .map((_, i) => {
      const look = levelLook(LEA_SELF_REFLECTION, i)
      const ink = `${look.ink}55`
      const body =
        look.pattern === 'stripes' ? `<path d="M0 8 L8 0" stroke="${ink}" stroke-width="2"/>`
        : look.pattern === 'dots' ? `<circle cx="3.5" cy="3.5" r="1.3" fill="${ink}"/>`
        : look.pattern === 'lines' ? `<rect y="3" width="8" height="2" fill="${ink}"/>`
        : ''
      return `<pattern id="lv${i}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${look.fill}"/>${body}</pattern>`
    })
    .join('')
}

export function heatmapSvg(h: RubricHeatmap, title: string): string {
  const elements = h.domains.flatMap((d) => d.elements)
  const gridW = elements.length * CELL
  const width = PAD * 2 + LABEL + gridW
  const countRows = h.levels.length + 1
  const gridTop = PAD + 28 + HEAD
  const gridH = (h.schools.length + countRows) * CELL + 8
  const credit = wrapText(h.credit, Math.floor((width - PAD * 2) / 6.2))
  const legendY = gridTop + gridH + 18
  const height = legendY + 24 + credit.length * 14 + PAD
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<defs>${patternDefs()}</defs><rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${PAD}" y="${PAD + 14}" font-size="16" font-weight="700">${xml(title)}</text>`,
  ]
  let x = PAD + LABEL
  for (const d of h.domains) {
    const w = d.elements.length * CELL
    out.push(`<rect x="${x}" y="${PAD + 26}" width="${w - 2}" height="20" fill="#e2e8f0"/><text x="${x + 4}" y="${PAD + 40}" font-weight="700">${xml(d.title)}</text>`)
    d.elements.forEach((e, i) => out.push(`<text x="${x + i * CELL + CELL / 2}" y="${gridTop - 6}" text-anchor="middle" transform="rotate(-50 ${x + i * CELL + CELL / 2} ${gridTop - 6})">${xml(e.id)}</text>`))
    x += w
  }
  h.schools.forEach((s, row) => {
    const y = gridTop + row * CELL
    out.push(`<text x="${PAD}" y="${y + 17}">${xml(s.school.slice(0, 30))}${s.hasRubric ? '' : ' (no rubric)'}</text>`)
    elements.forEach((e, col) => {
      const level = e.cells[row]?.level ?? null
      const look = levelLook(LEA_SELF_REFLECTION, level)
      const cx = PAD + LABEL + col * CELL
      out.push(`<rect x="${cx}" y="${y}" width="${CELL - 2}" height="${CELL - 2}" fill="${level === null ? look.fill : `url(#lv${level})`}" stroke="${look.ink}" stroke-width="0.5"/>`)
      out.push(`<text x="${cx + (CELL - 2) / 2}" y="${y + 16}" text-anchor="middle" font-weight="700" fill="${look.ink}">${letter(look)}</text>`)
    })
  })
  const countTop = gridTop + h.schools.length * CELL + 8
  ;[...h.levels.map((_, i) => ({ label: levelLook(LEA_SELF_REFLECTION, i).short, at: (e: (typeof elements)[number]) => e.counts[i] ?? 0 })), { label: 'Not set', at: (e: (typeof elements)[number]) => e.unset }].forEach((r, i) => {
    const y = countTop + i * CELL
    out.push(`<text x="${PAD}" y="${y + 17}" fill="#334155">Schools: ${xml(r.label)}</text>`)
    elements.forEach((e, col) => out.push(`<text x="${PAD + LABEL + col * CELL + (CELL - 2) / 2}" y="${y + 17}" text-anchor="middle">${r.at(e)}</text>`))
  })
  let lx = PAD
  h.levels.forEach((label, i) => {
    const look = levelLook(LEA_SELF_REFLECTION, i)
    out.push(`<rect x="${lx}" y="${legendY}" width="14" height="14" fill="url(#lv${i})" stroke="${look.ink}"/><text x="${lx + 18}" y="${legendY + 11}">${letter(look)} = ${xml(label)}</text>`)
    lx += 18 + (label.length + 4) * 7 + 24
  })
  credit.forEach((line, i) => out.push(`<text x="${PAD}" y="${legendY + 36 + i * 14}" fill="#475569" font-size="10">${xml(line)}</text>`))
  out.push('</svg>')
  return out.join('')
}
