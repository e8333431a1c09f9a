/**
 * Who may read and write which document — the brief's table as one pure function. The server calls
 * it at every upgrade and for every incoming update; the client only uses it to hide controls.
 */
import type { MemberRole } from '../auth/roles'
import type { DocName } from './names'

export interface Access {
  readonly read: boolean
  readonly write: boolean
}

export interface Requester {
  readonly memberId: string
  readonly role: MemberRole
  /** breakout group the member is assigned to, if any (from the `control` document) */
  readonly groupId?: string | undefined
}

const NONE: Access = { read: false, write: false }
const READ: Access = { read: true, write: false }
const FULL: Access = { read: true, write: true }

export function accessTo(who: Requester, doc: DocName): Access {
  switch (doc.kind) {
    case 'board':
    case 'whiteboard':
    case 'monitoring':
      return who.role === 'observer' ? READ : FULL
    case 'control':
      return who.role === 'facilitator' ? FULL : READ
    case 'published':
    case 'comments':
      return READ
    case 'private':
      return doc.memberId === who.memberId ? FULL : NONE
    case 'group':
      if (who.role === 'facilitator') return FULL
      if (who.role === 'observer') return READ
      return who.groupId === doc.groupId ? FULL : NONE
  }
}
