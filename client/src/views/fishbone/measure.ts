/**
 * Real text widths for the diagram layout: canvas `measureText` in the same font the SVG draws
 * with, cached per (size, text) because a relayout runs on every keystroke anyone makes.
 */
import { approximateMeasure, type Measure } from '../../../../shared/domain/fishbone/wrap'

/** The SVG labels use exactly this family; exports embed it as an attribute. */
export const DIAGRAM_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

const CACHE_LIMIT = 5000

export function createCanvasMeasure(): Measure {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
  if (!ctx) return approximateMeasure
  const cache = new Map<string, number>()
  return (text, fontSize) => {
    const key = `${fontSize}|${text}`
    const hit = cache.get(key)
    if (hit !== undefined) return hit
    ctx.font = `${fontSize}px ${DIAGRAM_FONT}`
    // a hair of slack so sub-pixel differences between canvas and SVG never push a label over its box
    const width = Math.ceil(ctx.measureText(text).width * 1.02)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(key, width)
    return width
  }
}
