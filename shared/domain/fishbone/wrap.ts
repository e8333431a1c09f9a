/**
 * Word-wrapping with an injected text measurer (the client passes canvas/SVG measurement; tests and
 * the server use the character-count estimate). Words wider than the line are broken; text beyond
 * `maxLines` ends in "…" and is flagged, so the UI can offer the full text on focus.
 */

/** Width in px of `text` set at `fontSize` px. */
export type Measure = (text: string, fontSize: number) => number

/** Deliberately generous (0.6 em per character) so estimated labels rarely undershoot real ones. */
export const approximateMeasure: Measure = (text, fontSize) => text.length * fontSize * 0.6

export interface Wrapped {
  readonly lines: readonly string[]
  /** widest line as measured */
  readonly width: number
  readonly truncated: boolean
}

/** Longest prefix of `word` that fits `maxWidth` (at least one character, so wrapping always advances). */
function fitPrefix(word: string, maxWidth: number, fontSize: number, measure: Measure): string {
  let lo = 1
  let hi = word.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(word.slice(0, mid), fontSize) <= maxWidth) lo = mid
    else hi = mid - 1
  }
  return word.slice(0, lo)
}

function ellipsize(line: string, maxWidth: number, fontSize: number, measure: Measure): string {
  let s = line
  while (s.length > 0 && measure(s + '…', fontSize) > maxWidth) s = s.slice(0, -1)
  return s.trimEnd() + '…'
}

export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, measure: Measure = approximateMeasure): Wrapped {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0)
  const lines: string[] = []
  let line = ''
  for (let word of words) {
    while (word.length > 0) {
      const candidate = line ? `${line} ${word}` : word
      if (measure(candidate, fontSize) <= maxWidth) {
        line = candidate
        word = ''
      } else if (line) {
        lines.push(line)
        line = ''
      } else {
        const head = fitPrefix(word, maxWidth, fontSize, measure)
        lines.push(head)
        word = word.slice(head.length)
      }
    }
  }
  if (line) lines.push(line)
  const truncated = lines.length > maxLines
  const shown = truncated ? [...lines.slice(0, maxLines - 1), ellipsize(lines[maxLines - 1] as string, maxWidth, fontSize, measure)] : lines
  const width = shown.reduce((w, l) => Math.max(w, measure(l, fontSize)), 0)
  return { lines: shown, width, truncated }
}
