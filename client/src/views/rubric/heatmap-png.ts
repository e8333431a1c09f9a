/**
 * Draws the heatmap on a canvas for the PNG export: one row per domain, one cell per element with
 * its code, the team level's short word and pattern (colour is never the only signal), a legend and
 * the CC BY attribution, which must travel with the rubric's content.
 */
import type { Rubric } from '../../../../shared/content/rubric-model'
import type { ElementStats } from '../../../../shared/domain/rubric/aggregate'
import type { TeamState } from '../../../../shared/domain/rubric/types'
import { levelLook, UNSET, type LevelLook } from './levels'
import { countOf } from '../../../../shared/text/plural'

const CELL_W = 92
const CELL_H = 58
const GAP = 6
const LABEL_W = 270
const PAD = 24

function fillPattern(ctx: CanvasRenderingContext2D, look: LevelLook, x: number, y: number, w: number, h: number): void {
  ctx.fillStyle = look.fill
  ctx.fillRect(x, y, w, h)
  ctx.save()
  ctx.beginPath()
  ctx.rect(x, y, w, h)
  ctx.clip()
  ctx.strokeStyle = `${look.ink}55`
  ctx.fillStyle = `${look.ink}55`
  ctx.lineWidth = 2
  if (look.pattern === 'stripes') {
    ctx.beginPath()
    for (let i = -h; i < w; i += 8) {
      ctx.moveTo(x + i, y + h)
      ctx.lineTo(x + i + h, y)
    }
    ctx.stroke()
  } else if (look.pattern === 'lines') for (let j = 4; j < h; j += 7) ctx.fillRect(x, y + j, w, 2)
  else if (look.pattern === 'dots') for (let i = 3; i < w; i += 7) for (let j = 3; j < h; j += 7) ctx.fillRect(x + i, y + j, 2, 2)
  ctx.restore()
  ctx.strokeStyle = look.ink
  ctx.lineWidth = 1
  ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1)
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (ctx.measureText(next).width > width && line) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

export function drawHeatmap(rubric: Rubric, team: TeamState, stats: ReadonlyMap<string, ElementStats>): HTMLCanvasElement {
  const widest = Math.max(...rubric.domains.map((d) => d.practices.reduce((n, p) => n + p.elements.length, 0)))
  const width = PAD * 2 + LABEL_W + widest * (CELL_W + GAP)
  const probe = document.createElement('canvas').getContext('2d')
  if (!probe) throw new Error('canvas is not available')
  probe.font = '12px system-ui, sans-serif'
  const attribution = wrap(probe, rubric.source.attribution, width - PAD * 2)
  const height = PAD * 2 + 40 + rubric.domains.length * (CELL_H + GAP) + 40 + attribution.length * 16
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas is not available')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, width, height)
  ctx.fillStyle = '#0f172a'
  ctx.font = 'bold 18px system-ui, sans-serif'
  ctx.fillText(`${rubric.title} — team levels`, PAD, PAD + 18)
  let y = PAD + 40
  for (const domain of rubric.domains) {
    ctx.fillStyle = '#0f172a'
    ctx.font = 'bold 14px system-ui, sans-serif'
    ctx.fillText(`${domain.number}. ${domain.title.text}`, PAD, y + CELL_H / 2 + 5)
    let x = PAD + LABEL_W
    for (const practice of domain.practices)
      for (const element of practice.elements) {
        const level = team.elements[element.id]?.level
        const look = levelLook(rubric, level)
        fillPattern(ctx, look, x, y, CELL_W, CELL_H)
        ctx.fillStyle = '#0f172a'
        ctx.font = 'bold 13px system-ui, sans-serif'
        ctx.fillText(element.id, x + 6, y + 18)
        ctx.font = '12px system-ui, sans-serif'
        ctx.fillText(look.short, x + 6, y + 35)
        const s = stats.get(element.id)
        if (s?.disagreement) ctx.fillText('⚠ split', x + 6, y + 51)
        else if (s && s.n > 0) ctx.fillText(countOf(s.n, 'pick'), x + 6, y + 51)
        x += CELL_W + GAP
      }
    y += CELL_H + GAP
  }
  let x = PAD
  y += 10
  for (const [i, level] of rubric.levels.entries()) {
    const look = levelLook(rubric, i)
    fillPattern(ctx, look, x, y, 18, 18)
    ctx.fillStyle = '#0f172a'
    ctx.font = '12px system-ui, sans-serif'
    ctx.fillText(`${look.short}: ${level.label}`, x + 24, y + 14)
    x += 24 + ctx.measureText(`${look.short}: ${level.label}`).width + 18
  }
  fillPattern(ctx, UNSET, x, y, 18, 18)
  ctx.fillStyle = '#0f172a'
  ctx.fillText(UNSET.short, x + 24, y + 14)
  y += 40
  ctx.fillStyle = '#475569'
  ctx.font = '12px system-ui, sans-serif'
  for (const line of attribution) {
    ctx.fillText(line, PAD, y)
    y += 16
  }
  return canvas
}

export function heatmapPng(rubric: Rubric, team: TeamState, stats: ReadonlyMap<string, ElementStats>): Promise<Blob> {
  const canvas = drawHeatmap(rubric, team, stats)
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'))
}
