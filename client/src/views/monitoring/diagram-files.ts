/**
 * Driver diagram downloads: the on-screen SVG as a standalone file, and a PNG drawn from it at
 * twice its size. (The fishbone view has the same pair; views may not import each other, so a
 * shared ui/ module for both is the next step when the fishbone's owner moves theirs.)
 */
import { downloadBlob } from '../../ui/download'

function standalone(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement
  const { width, height } = svg.viewBox.baseVal
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`, width: Math.ceil(width), height: Math.ceil(height) }
}

export const saveSvg = (svg: SVGSVGElement, name: string): void => downloadBlob(new Blob([standalone(svg).markup], { type: 'image/svg+xml' }), `${name}.svg`)

export async function savePng(svg: SVGSVGElement, name: string): Promise<void> {
  const { markup, width, height } = standalone(svg)
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const canvas = Object.assign(document.createElement('canvas'), { width: width * 2, height: height * 2 })
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('This browser cannot draw on a canvas.')
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!blob) throw new Error('The PNG could not be made.')
    downloadBlob(blob, `${name}.png`)
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Ids for new PDSA cycles; getRandomValues works on plain-HTTP LAN addresses too. */
export const newCycleId = (): string => `pdsa-${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('')}`
