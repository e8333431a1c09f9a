/**
 * Presence is signed by the server: whatever a client claims, the `user` field (and tldraw's
 * presence name) in its awareness state is overwritten with the member's verified identity.
 */
import { memberColor } from '../../shared/auth/roles'
import type { MemberRow } from '../storage/types'
import type { AwarenessEntry } from './validate'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export function stampIdentity(entry: AwarenessEntry, member: MemberRow): AwarenessEntry {
  if (entry.state === null) return entry
  const claimed = isObject(entry.state.user) ? entry.state.user : {}
  const user = {
    ...claimed,
    id: member.id,
    name: member.displayName,
    color: memberColor(member.id),
    role: member.role,
    stakeholderRole: member.stakeholderRole,
  }
  const state: Record<string, unknown> = { ...entry.state, user }
  if (isObject(entry.state.presence)) {
    state.presence = { ...entry.state.presence, userId: member.id, userName: member.displayName }
  }
  return { ...entry, state }
}
