/**
 * Which stored seqs of one document an instance has applied: everything up to `last`, plus some
 * seqs ahead of a gap (an update that arrived before an earlier one). Compaction may only claim
 * `last`, because the state then holds every row up to it; a gap means "read storage to catch up".
 */
export class AppliedSeqs {
  private readonly ahead = new Set<number>()

  constructor(private contiguous: number) {}

  /** every seq ≤ last has been applied */
  get last(): number {
    return this.contiguous
  }

  get hasGap(): boolean {
    return this.ahead.size > 0
  }

  has(seq: number): boolean {
    return seq <= this.contiguous || this.ahead.has(seq)
  }

  /** one update with this seq was applied */
  mark(seq: number): void {
    if (this.has(seq)) return
    if (seq === this.contiguous + 1) this.contiguous = seq
    else this.ahead.add(seq)
    this.advance()
  }

  /** a compacted state (or a gap-free read from storage) covers every seq up to this one */
  coverUpTo(seq: number): void {
    if (seq <= this.contiguous) return
    this.contiguous = seq
    for (const s of this.ahead) if (s <= seq) this.ahead.delete(s)
    this.advance()
  }

  private advance(): void {
    while (this.ahead.delete(this.contiguous + 1)) this.contiguous++
  }
}
