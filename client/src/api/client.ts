/** Typed calls to the workspace REST API, on the one HTTP client (./http.ts). */
import * as z from 'zod'
import {
  ClientConfig,
  CreateWorkspaceResponse,
  DeviceToken,
  InviteLinks,
  InvitePreview,
  Member,
  MembersView,
  ROUTES,
  Session,
  SyncTicket,
  WorkspaceView,
  type CreateWorkspaceBody,
  type JoinBody,
} from '../../../shared/api/contract'
import { call, type HttpError } from './http'
import type { TicketResult } from '../workspace/ticketed'

/** Kept for callers that name the error type; it is the one HTTP error (./http.ts). */
export type ClientError = HttpError

export const api = {
  config: () => call(ClientConfig, ROUTES.config),
  createWorkspace: (body: CreateWorkspaceBody) => call(CreateWorkspaceResponse, ROUTES.workspaces, { method: 'POST', body: body }),
  workspace: (id: string, token: string) => call(WorkspaceView, ROUTES.workspace(id), { token }),
  invitePreview: (id: string, invite: string) => call(InvitePreview, ROUTES.invitePreview(id), { method: 'POST', body: { invite } }),
  join: (id: string, body: JoinBody) => call(Session, ROUTES.join(id), { method: 'POST', body: body }),
  invites: (id: string, token: string) => call(InviteLinks, ROUTES.invites(id), { token }),
  rotateInvite: (id: string, role: string, token: string) => call(InviteLinks, ROUTES.rotateInvite(id, role), { method: 'POST', token }),
  setRole: (id: string, memberId: string, role: Member['role'], token: string) =>
    call(MembersView, ROUTES.memberRole(id, memberId), { method: 'PUT', body: { role }, token }),
  /** a facilitator removes a member, or a member leaves (their own id) */
  removeMember: (id: string, memberId: string, token: string) => call(MembersView, ROUTES.member(id, memberId), { method: 'DELETE', token }),
  syncTicket: (id: string, token: string) => call(SyncTicket, ROUTES.syncTicket(id), { method: 'POST', body: {}, token }),
  /** a token of this device's own, from a personal link's token (which stays valid for other devices) */
  deviceToken: (id: string, linkToken: string) => call(DeviceToken, ROUTES.devices(id), { method: 'POST', body: {}, token: linkToken }),
  signOut: (id: string, token: string) => call(z.object({ signedOut: z.literal(true) }), ROUTES.signOut(id), { method: 'POST', body: {}, token }),
}

/** a ticket for one websocket connection, as `ticketed()` wants it: 401/403 mean this sign-in is over */
export async function fetchSyncTicket(workspaceId: string, token: string): Promise<TicketResult> {
  const r = await api.syncTicket(workspaceId, token)
  if (r.ok) return { ok: true, ticket: r.value.ticket }
  return { ok: false, permanent: r.error.status === 401 || r.error.status === 403, message: r.error.message }
}
