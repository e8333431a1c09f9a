/**
 * "Last activity" per workspace for the portfolio: a Storage decorator that notes the time of a
 * committed append, at most once a minute per workspace (so a busy session costs one extra row
 * write a minute, not one per keystroke). A failed note is logged and never fails the append.
 */
import type { Storage } from '../storage/types'
import type { OrgStore } from './store'

const EVERY_MS = 60_000

export function trackActivity(storage: Storage, store: OrgStore, now: () => Date, log: (message: string, detail?: unknown) => void): Storage {
  const noted = new Map<string, number>()
  return {
    ...storage,
    async appendUpdate(docKey, update) {
      const result = await storage.appendUpdate(docKey, update)
      if (result.ok) {
        const workspaceId = docKey.slice(0, docKey.indexOf('/'))
        const at = now()
        if (workspaceId && at.getTime() - (noted.get(workspaceId) ?? 0) >= EVERY_MS) {
          noted.set(workspaceId, at.getTime())
          void store.touchActivity(workspaceId, at.toISOString()).then((r) => {
            if (!r.ok) log('could not note workspace activity', r.error.message)
          })
        }
      }
      return result
    },
  }
}
