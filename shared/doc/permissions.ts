/**
 * Who may read and write which document — the brief's table as one pure function. The server calls
 * it at every upgrade and for every incoming update; the client only uses it to hide controls.
 */
import type { MemberRole } from '../auth/roles'
import type { DocName } from './names'
import { groupOfMember, type ControlState } from '../domain/facilitation/control-state'

export interface Access {
  readonly read: boolean
  readonly write: boolean
}

export interface Requester {
  readonly memberId: string
  readonly role: MemberRole
  /** breakout group the member is assigned to, if any (from the `control` document) */
  readonly groupId?: string | undefined
  /** the last breakout round has ended: every member may read (not write) every group's board, for the gallery walk and share-out */
  readonly roundEnded?: boolean | undefined
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
      if (who.groupId === doc.groupId) return FULL
      return who.roundEnded === true ? READ : NONE
  }
}

/**
 * Why a participant's open socket to a group's board must close after the control document changed
 * (moved to another group, or a new breakout round ended the gallery walk), or undefined if it may stay.
 */
export function groupAccessLost(state: ControlState, memberId: string, doc: DocName, had: Access): string | undefined {
  const now = accessTo({ memberId, role: 'participant', groupId: groupOfMember(state, memberId), roundEnded: state.breakout?.active === false }, doc)
  if (had.write && !now.write) return 'you were moved to another breakout group'
  if (!now.read) return 'a new breakout round has started: this group’s board is closed to you'
  return undefined
}
