/**
 * The whiteboard's single-key shortcuts (WCAG 2.1.4): a per-browser on/off setting kept in
 * localStorage, shared by our checkbox and tldraw's own "Keyboard shortcuts" menu item.
 */
import { useSyncExternalStore } from 'react'

const KEY = 'rootwork:whiteboard-shortcuts'
const listeners = new Set<() => void>()

export function shortcutsEnabled(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off'
  } catch {
    return true // storage refused (private mode): the default, on
  }
}

export function setShortcutsEnabled(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off')
  } catch {
    // not persisted, but still applied for this page below
  }
  for (const l of listeners) l()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY) listener()
  }
  addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    removeEventListener('storage', onStorage)
  }
}

export const useShortcutsEnabled = (): boolean => useSyncExternalStore(subscribe, shortcutsEnabled)
