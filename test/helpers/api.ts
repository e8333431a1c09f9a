/** REST helpers for tests: create a workspace, join with an invite, typed through the shared contract. */
import { CreateWorkspaceResponse, Session, type InviteLinks } from '../../shared/api/contract'
import type { StakeholderRole } from '../../shared/auth/roles'

export async function postJson(url: string, body: unknown, token?: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
}

export async function createWorkspace(base: string, title = 'Grade 7 math root causes'): Promise<CreateWorkspaceResponse> {
  const res = await postJson(`${base}/api/workspaces`, { title, organisation: 'Riverside USD', facilitatorName: 'Coach Kim' })
  if (res.status !== 201) throw new Error(`create workspace: ${res.status} ${await res.text()}`)
  return CreateWorkspaceResponse.parse(await res.json())
}

export const inviteFrom = (link: string): string => new URL(link).hash.replace(/^#invite=/, '')

export async function join(
  base: string,
  created: { workspace: { id: string }; invites: InviteLinks },
  role: keyof InviteLinks,
  displayName: string,
  stakeholderRole: StakeholderRole = 'teacher',
): Promise<Session> {
  const res = await postJson(`${base}/api/workspaces/${created.workspace.id}/join`, {
    invite: inviteFrom(created.invites[role]),
    displayName,
    stakeholderRole,
  })
  if (res.status !== 201) throw new Error(`join: ${res.status} ${await res.text()}`)
  return Session.parse(await res.json())
}

/** A facilitator, a participant and an observer in one fresh workspace. */
export async function threeMembers(base: string) {
  const created = await createWorkspace(base)
  const participant = await join(base, created, 'participant', 'Pat Participant')
  const observer = await join(base, created, 'observer', 'Olu Observer', 'researcher')
  return { created, workspaceId: created.workspace.id, facilitator: created, participant, observer }
}
