/**
 * Why a member's sockets are closed from outside the connection, and how that crosses instances:
 * the fan-out carries the reason as text (`encodeDisconnect`), each instance closes its own sockets.
 */
import { CLOSE } from '../../shared/sync/close-codes'

export type Disconnect =
  | { readonly kind: 'role-changed'; readonly memberId: string }
  | { readonly kind: 'removed'; readonly memberId: string }
  /** one device signed out: only the sockets opened with that device's token */
  | { readonly kind: 'signed-out'; readonly memberId: string; readonly tokenHash: string }

export const CLOSE_FOR = {
  'role-changed': { code: CLOSE.roleChanged, reason: 'your role changed: reconnecting' },
  removed: { code: CLOSE.removed, reason: 'you were removed from this workspace' },
  'signed-out': { code: CLOSE.removed, reason: 'this device signed out' },
} as const satisfies Record<Disconnect['kind'], { code: number; reason: string }>

export function encodeDisconnect(d: Disconnect): string {
  return d.kind === 'signed-out' ? `signed-out:${d.tokenHash}` : d.kind
}

/** the fan-out's text back into a Disconnect; anything unknown (an older instance) is a role change */
export function decodeDisconnect(memberId: string, text: string): Disconnect {
  if (text === 'removed') return { kind: 'removed', memberId }
  if (text.startsWith('signed-out:')) return { kind: 'signed-out', memberId, tokenHash: text.slice('signed-out:'.length) }
  return { kind: 'role-changed', memberId }
}
