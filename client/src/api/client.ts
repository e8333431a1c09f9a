/** Typed calls to the REST API. Every response is parsed with the shared contract; failures are values. */
import { z } from 'zod'
import {
  ApiError,
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
import { err, ok, type Result } from '../../../shared/result'
import type { TicketResult } from '../workspace/ticketed'

export interface ClientError {
  readonly status: number
  readonly message: string
  readonly field?: string
}

/** One typed request: the body parsed with `schema`, an error answer as a ClientError (used by feature APIs too). */
export async function call<S extends z.ZodType>(schema: S, path: string, init: RequestInit & { token?: string } = {}): Promise<Result<z.infer<S>, ClientError>> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (init.body) headers['content-type'] = 'application/json'
  if (init.token) headers.authorization = `Bearer ${init.token}`
  let res: Response
  try {
    res = await fetch(path, { ...init, headers })
  } catch {
    return err({ status: 0, message: 'Cannot reach the server. Check your connection and try again.' })
  }
  const json: unknown = await res.json().catch(() => undefined)
  if (!res.ok) {
    const parsed = ApiError.safeParse(json)
    return err(parsed.success ? { status: res.status, ...parsed.data.error } : { status: res.status, message: `The server answered ${res.status}.` })
  }
  const parsed = schema.safeParse(json)
  return parsed.success ? ok(parsed.data) : err({ status: res.status, message: 'The server sent an unexpected answer.' })
}

export const api = {
  config: () => call(ClientConfig, ROUTES.config),
  createWorkspace: (body: CreateWorkspaceBody) => call(CreateWorkspaceResponse, ROUTES.workspaces, { method: 'POST', body: JSON.stringify(body) }),
  workspace: (id: string, token: string) => call(WorkspaceView, ROUTES.workspace(id), { token }),
  invitePreview: (id: string, invite: string) => call(InvitePreview, ROUTES.invitePreview(id), { method: 'POST', body: JSON.stringify({ invite }) }),
  join: (id: string, body: JoinBody) => call(Session, ROUTES.join(id), { method: 'POST', body: JSON.stringify(body) }),
  invites: (id: string, token: string) => call(InviteLinks, ROUTES.invites(id), { token }),
  rotateInvite: (id: string, role: string, token: string) => call(InviteLinks, ROUTES.rotateInvite(id, role), { method: 'POST', token }),
  setRole: (id: string, memberId: string, role: Member['role'], token: string) =>
    call(MembersView, ROUTES.memberRole(id, memberId), { method: 'PUT', body: JSON.stringify({ role }), token }),
  /** a facilitator removes a member, or a member leaves (their own id) */
  removeMember: (id: string, memberId: string, token: string) => call(MembersView, ROUTES.member(id, memberId), { method: 'DELETE', token }),
  syncTicket: (id: string, token: string) => call(SyncTicket, ROUTES.syncTicket(id), { method: 'POST', body: '{}', token }),
  /** a token of this device's own, from a personal link's token (which stays valid for other devices) */
  deviceToken: (id: string, linkToken: string) => call(DeviceToken, ROUTES.devices(id), { method: 'POST', body: '{}', token: linkToken }),
  signOut: (id: string, token: string) => call(z.object({ signedOut: z.literal(true) }), ROUTES.signOut(id), { method: 'POST', body: '{}', token }),
}

/** a ticket for one websocket connection, as `ticketed()` wants it: 401/403 mean this sign-in is over */
export async function fetchSyncTicket(workspaceId: string, token: string): Promise<TicketResult> {
  const r = await api.syncTicket(workspaceId, token)
  if (r.ok) return { ok: true, ticket: r.value.ticket }
  return { ok: false, permanent: r.error.status === 401 || r.error.status === 403, message: r.error.message }
}
