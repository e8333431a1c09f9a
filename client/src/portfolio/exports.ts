/**
 * Exports of a roll-up: CSV comes from the server (same numbers, credit line included); SVG is
 * built here from the same data; PNG is that SVG drawn on a canvas at twice its size.
 */
import { request } from '../api/http'
import { downloadBlob } from '../ui/download'

/** The roll-up's CSV through the one HTTP client (the coach's session cookie goes with it); a failure is a sentence. */
export async function downloadCsv(url: string, filename: string): Promise<string | undefined> {
  const res = await request(url, { accept: 'text/csv' })
  if (!res.ok) return `The export failed: ${res.error.message} Try again.`
  downloadBlob(await res.value.blob(), filename)
  return undefined
}

export function downloadSvg(svg: string, filename: string): void {
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), filename)
}

export async function downloadPng(svg: string, filename: string): Promise<string | undefined> {
  const size = /<svg[^>]*width="(\d+)"[^>]*height="(\d+)"/.exec(svg)
  const width = Number(size?.[1] ?? 800)
  const height = Number(size?.[2] ?? 600)
  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  try {
    await image.decode()
  } catch {
    return 'This browser could not draw the image. Use the SVG export instead.'
  }
  const canvas = document.createElement('canvas')
  canvas.width = width * 2
  canvas.height = height * 2
  const ctx = canvas.getContext('2d')
  if (!ctx) return 'This browser cannot draw images (no canvas). Use the SVG export instead.'
  ctx.scale(2, 2)
  ctx.drawImage(image, 0, 0)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) return 'The PNG could not be made. Use the SVG export instead.'
  downloadBlob(blob, filename)
  return undefined
}

export const xml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Splits a long line into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}
