/** Random ids for new SWOT boards and items; getRandomValues works outside secure contexts too. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}
