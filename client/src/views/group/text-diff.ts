/** Pure helpers for binding a plain text field to a Y.Text: the minimal edit, and caret transport. */
import type * as Y from 'yjs'

/** The one edit turning `before` into `after`: common prefix and suffix kept. */
export function diffText(before: string, after: string): { index: number; remove: number; insert: string } {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let end = 0
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) }
}

/** Where a caret at `pos` (old text) sits after a remote change; text inserted at the caret goes after it. */
export function moveCaret(delta: Y.YTextEvent['delta'], pos: number): number {
  let old = 0
  let moved = pos
  for (const op of delta) {
    if (op.retain !== undefined) old += op.retain
    else if (op.insert !== undefined) {
      if (old < pos) moved += typeof op.insert === 'string' ? op.insert.length : 1
    } else if (op.delete !== undefined) {
      if (old < pos) moved -= Math.min(op.delete, pos - old)
      old += op.delete
    }
  }
  return moved
}
