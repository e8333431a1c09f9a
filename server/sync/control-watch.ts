/** The active board locks of a loaded `control` document, re-read only when that document changes. */
import { readControl } from '../../shared/doc/control'
import type { LiveDoc } from './live-doc'

const cache = new WeakMap<LiveDoc, { locks: readonly string[] }>()

export function locksOf(control: LiveDoc): readonly string[] {
  let entry = cache.get(control)
  if (!entry) {
    const fresh = { locks: readControl(control.doc).locks }
    control.doc.on('update', () => {
      fresh.locks = readControl(control.doc).locks
    })
    cache.set(control, fresh)
    entry = fresh
  }
  return entry.locks
}
