/**
 * An on/off setting of this browser (not of the workspace), kept in localStorage and read in React
 * with useSyncExternalStore; other tabs of the same browser follow through the `storage` event.
 * Storage refused (private mode) → the default, still switchable for this page.
 */
import { useSyncExternalStore } from 'react'

export interface DeviceFlag {
  get(): boolean
  set(on: boolean): void
  use(): boolean
}

export function deviceFlag(key: string, fallback: boolean): DeviceFlag {
  const listeners = new Set<() => void>()
  let memory = fallback
  const get = (): boolean => {
    try {
      const v = localStorage.getItem(key)
      return v === null ? memory : v === 'on'
    } catch {
      return memory
    }
  }
  const set = (on: boolean): void => {
    memory = on
    try {
      localStorage.setItem(key, on ? 'on' : 'off')
    } catch {
      // kept in memory for this page
    }
    for (const l of listeners) l()
  }
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener)
    const onStorage = (e: StorageEvent) => {
      if (e.key === key) listener()
    }
    addEventListener('storage', onStorage)
    return () => {
      listeners.delete(listener)
      removeEventListener('storage', onStorage)
    }
  }
  return { get, set, use: () => useSyncExternalStore(subscribe, get) }
}
