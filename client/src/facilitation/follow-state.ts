/**
 * What this member was doing about following, remembered on this device for this workspace and
 * tab (sessionStorage), so a reload keeps it: following or looking around on their own, and whom
 * they chose to follow from the presence list.
 */
import * as z from 'zod'

const Stored = z.object({ following: z.boolean(), member: z.string().optional(), lead: z.number().optional() })
export type FollowState = z.infer<typeof Stored>

const keyFor = (workspaceId: string, memberId: string) => `rootwork.follow.${workspaceId}.${memberId}`

export function loadFollowState(workspaceId: string, memberId: string): FollowState | null {
  try {
    const parsed = Stored.safeParse(JSON.parse(sessionStorage.getItem(keyFor(workspaceId, memberId)) ?? 'null'))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function saveFollowState(workspaceId: string, memberId: string, state: FollowState): void {
  try {
    sessionStorage.setItem(keyFor(workspaceId, memberId), JSON.stringify(state))
  } catch {
    // storage refused (private mode): the state lasts for this page only
  }
}
