/**
 * Who a member is in a workspace. `MemberRole` decides permissions (enforced by the server);
 * `StakeholderRole` is who they are in the district's world (used for breakouts and reporting).
 */
export const MEMBER_ROLES = ['facilitator', 'participant', 'observer'] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const STAKEHOLDER_ROLES = {
  superintendent: 'Superintendent / district leader',
  sea: 'SEA (state) leader',
  principal: 'Principal',
  teacher: 'Teacher',
  staff: 'School staff',
  board: 'School board',
  researcher: 'Researcher',
  family: 'Parent / family',
  community: 'Community member',
  other: 'Other',
} as const satisfies Record<string, string>
export type StakeholderRole = keyof typeof STAKEHOLDER_ROLES
export const STAKEHOLDER_ROLE_IDS = Object.keys(STAKEHOLDER_ROLES) as [StakeholderRole, ...StakeholderRole[]]

const isStakeholderRole = (role: string): role is StakeholderRole => Object.hasOwn(STAKEHOLDER_ROLES, role)
/** A stakeholder role's label; an unknown role (from an older or newer client) shows as stored. */
export const roleLabel = (role: string): string => (isStakeholderRole(role) ? STAKEHOLDER_ROLES[role] : role)

export const MEMBER_ROLE_LABELS = {
  facilitator: 'Facilitator',
  participant: 'Participant',
  observer: 'Observer',
} as const satisfies Record<MemberRole, string>

/** Invites exist for the roles a facilitator hands out; facilitators add co-facilitators by promotion. */
export const INVITE_ROLES = ['participant', 'observer'] as const
export type InviteRole = (typeof INVITE_ROLES)[number]

/** A stable, readable colour per member, derived from the id so every client agrees without storing it. */
const PALETTE = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2', '#dc2626', '#4d7c0f', '#9333ea', '#0f766e'] as const
export function memberColor(memberId: string): string {
  let h = 0
  for (let i = 0; i < memberId.length; i++) h = (h * 31 + memberId.charCodeAt(i)) >>> 0
  return PALETTE[h % PALETTE.length] ?? PALETTE[0]
}
