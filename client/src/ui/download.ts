/** Saves a Blob as a file through a temporary hidden link (the browser's ordinary download). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  // the click has started the download by the next task; a minute later the URL is surely unused
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
