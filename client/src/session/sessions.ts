/**
 * Sessions remembered on this device: the member token per workspace (it is the login) and a list
 * of recent workspaces for the home page. Stored in localStorage, parsed on read.
 */
import * as z from 'zod'

const Stored = z.object({
  workspaceId: z.string(),
  title: z.string(),
  organisation: z.string(),
  memberId: z.string(),
  displayName: z.string(),
  role: z.string(),
  token: z.string(),
  lastOpened: z.string(),
})
export type StoredSession = z.infer<typeof Stored>

const KEY = 'rootwork.sessions.v1'

function readAll(): StoredSession[] {
  try {
    const parsed = z.array(Stored).safeParse(JSON.parse(localStorage.getItem(KEY) ?? '[]'))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

export function rememberSession(session: Omit<StoredSession, 'lastOpened'>, now = new Date()): void {
  const others = readAll().filter((s) => s.workspaceId !== session.workspaceId)
  localStorage.setItem(KEY, JSON.stringify([{ ...session, lastOpened: now.toISOString() }, ...others].slice(0, 30)))
}

/** Remembers a member's session from what the API returned (create, join or reopen). */
export function rememberMember(workspace: { id: string; title: string; organisation: string }, member: { id: string; displayName: string; role: string }, token: string): void {
  rememberSession({ workspaceId: workspace.id, title: workspace.title, organisation: workspace.organisation, memberId: member.id, displayName: member.displayName, role: member.role, token })
}

export function sessionFor(workspaceId: string): StoredSession | undefined {
  return readAll().find((s) => s.workspaceId === workspaceId)
}

export function recentSessions(): StoredSession[] {
  return readAll().sort((a, b) => b.lastOpened.localeCompare(a.lastOpened))
}

export function forgetSession(workspaceId: string): void {
  localStorage.setItem(KEY, JSON.stringify(readAll().filter((s) => s.workspaceId !== workspaceId)))
}
