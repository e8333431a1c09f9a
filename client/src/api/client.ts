/** Typed calls to the workspace REST API, on the one HTTP client (./http.ts). */
import { z } from 'zod'
import {
  ClientConfig,
  CreateWorkspaceResponse,
  InviteLinks,
  InvitePreview,
  Member,
  ROUTES,
  Session,
  WorkspaceView,
  type CreateWorkspaceBody,
  type JoinBody,
} from '../../../shared/api/contract'
import { call, type HttpError } from './http'

/** Kept for callers that name the error type; it is the one HTTP error. */
export type ClientError = HttpError

export const api = {
  config: () => call(ClientConfig, ROUTES.config),
  createWorkspace: (body: CreateWorkspaceBody) => call(CreateWorkspaceResponse, ROUTES.workspaces, { method: 'POST', body }),
  workspace: (id: string, token: string) => call(WorkspaceView, ROUTES.workspace(id), { token }),
  invitePreview: (id: string, invite: string) => call(InvitePreview, ROUTES.invitePreview(id), { method: 'POST', body: { invite } }),
  join: (id: string, body: JoinBody) => call(Session, ROUTES.join(id), { method: 'POST', body }),
  invites: (id: string, token: string) => call(InviteLinks, ROUTES.invites(id), { token }),
  rotateInvite: (id: string, role: string, token: string) => call(InviteLinks, ROUTES.rotateInvite(id, role), { method: 'POST', token }),
  setRole: (id: string, memberId: string, role: Member['role'], token: string) =>
    call(z.object({ members: z.array(Member) }), ROUTES.memberRole(id, memberId), { method: 'PUT', body: { role }, token }),
}
