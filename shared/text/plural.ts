/** "1 pick", "3 picks", "0 picks": a count with its noun, so no label ever reads "1 picks". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}
