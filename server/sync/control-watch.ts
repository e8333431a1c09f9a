/** A loaded `control` document's state as plain data, re-read only when that document changes. */
import { readControl } from '../../shared/doc/control'
import type { ControlState } from '../../shared/domain/facilitation/control-state'
import type { LiveDoc } from './live-doc'

const cache = new WeakMap<LiveDoc, { state: ControlState }>()

export function controlStateOf(control: LiveDoc): ControlState {
  let entry = cache.get(control)
  if (!entry) {
    const fresh = { state: readControl(control.doc) }
    control.doc.on('update', () => {
      fresh.state = readControl(control.doc)
    })
    cache.set(control, fresh)
    entry = fresh
  }
  return entry.state
}
