/** Saves a Blob as a file through a temporary link (the browser's ordinary download). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  // the download has started by the next task; the URL is no longer needed after that
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
