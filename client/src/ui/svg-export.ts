/**
 * Diagram exports for any board that draws SVG (fishbone, driver diagram): the live SVG serialised
 * as a standalone file, and a PNG rendered from that same SVG on a canvas at twice its size. Both
 * download through an object URL.
 */
import { downloadBlob } from './download'

export function fileSlug(text: string, fallback = 'diagram'): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return slug || fallback
}

/** A standalone SVG document at the diagram's natural size (whatever the on-screen zoom is). */
export function svgDocument(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement
  const vb = svg.viewBox.baseVal
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('width', String(Math.ceil(vb.width)))
  clone.setAttribute('height', String(Math.ceil(vb.height)))
  clone.removeAttribute('style')
  // on-screen only: the highlight of the cause being edited
  clone.querySelectorAll('[data-export="skip"]').forEach((el) => el.remove())
  const markup = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone)
  return { markup, width: Math.ceil(vb.width), height: Math.ceil(vb.height) }
}

export function downloadSvg(svg: SVGSVGElement, name: string): void {
  downloadBlob(new Blob([svgDocument(svg).markup], { type: 'image/svg+xml' }), `${name}.svg`)
}

export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { markup, width, height } = svgDocument(svg)
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.ceil(width * scale)
    canvas.height = Math.ceil(height * scale)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('This browser cannot draw on a canvas.')
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))), 'image/png'))
  } finally {
    URL.revokeObjectURL(url)
  }
}

export async function downloadPng(svg: SVGSVGElement, name: string): Promise<void> {
  downloadBlob(await pngBlob(svg), `${name}.png`)
}
