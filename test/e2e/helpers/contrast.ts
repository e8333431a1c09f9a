/**
 * WCAG 2.x contrast of computed CSS colours: `rgb()`/`rgba()` strings as Chromium returns them, a
 * background given as the stack of layers from the nearest element outwards (composited over white).
 */
type Rgb = readonly [number, number, number]
interface Rgba {
  readonly rgb: Rgb
  readonly alpha: number
}

export function parseCssColor(css: string): Rgba {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(css.trim())
  if (!m) throw new Error(`not an rgb() colour: ${css}`)
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha: m[4] === undefined ? 1 : Number(m[4]) }
}

/** The colour a person sees behind an element: its ancestors' backgrounds, nearest first, over white. */
export function effectiveBackground(layersNearestFirst: readonly string[]): Rgb {
  let seen: Rgb = [255, 255, 255]
  for (const css of [...layersNearestFirst].reverse()) {
    const { rgb, alpha } = parseCssColor(css)
    const mix = (c: number, under: number) => c * alpha + under * (1 - alpha)
    seen = [mix(rgb[0], seen[0]), mix(rgb[1], seen[1]), mix(rgb[2], seen[2])]
  }
  return seen
}

const channel = (v: number): number => {
  const s = v / 255
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}
const luminance = ([r, g, b]: Rgb): number => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [la, lb] = [luminance(a), luminance(b)]
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

export const hex = (rgb: Rgb): string => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`
