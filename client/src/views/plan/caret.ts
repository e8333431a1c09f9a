/**
 * Keeps a caret where it was, relative to the text around it, when a Y.Text changes under it
 * (a remote edit, or an undo). Pure: an index and the change's delta in, the new index out.
 */
export type TextDelta = readonly { readonly insert?: unknown; readonly retain?: number; readonly delete?: number }[]

export function transformIndex(index: number, delta: TextDelta): number {
  let old = 0
  let out = index
  for (const op of delta) {
    if (op.retain !== undefined) old += op.retain
    else if (op.delete !== undefined) {
      if (old < index) out -= Math.min(op.delete, index - old)
      old += op.delete
    } else if (typeof op.insert === 'string' && old < index) out += op.insert.length
    if (old >= index && op.retain !== undefined) break
  }
  return Math.max(0, out)
}
