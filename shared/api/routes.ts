/**
 * Every HTTP path, written once as an Express pattern. The server mounts these patterns as they
 * are; clients fill them with `fillPath` (each value URL-encoded), so a path cannot drift apart.
 */
export const API = {
  health: '/api/health',
  config: '/api/config',
  ready: '/api/ready',
  time: '/api/time',
  workspaces: '/api/workspaces',
  workspace: '/api/workspaces/:id',
  invitePreview: '/api/workspaces/:id/invite-preview',
  join: '/api/workspaces/:id/join',
  invites: '/api/workspaces/:id/invites',
  rotateInvite: '/api/workspaces/:id/invites/:role/rotate',
  member: '/api/workspaces/:id/members/:memberId',
  memberRole: '/api/workspaces/:id/members/:memberId/role',
  /** a short-lived, single-use ticket for one websocket upgrade */
  syncTicket: '/api/workspaces/:id/sync-ticket',
  /** a token of its own for this device (opened from a personal link) */
  devices: '/api/workspaces/:id/devices',
  /** forgets this device's token */
  signOut: '/api/workspaces/:id/sign-out',
  rubricContent: '/api/rubrics/:rubricId',
  rubricProgress: '/api/workspaces/:id/rubric/progress',
  rubricReveal: '/api/workspaces/:id/rubric/reveal',
  rubricReopen: '/api/workspaces/:id/rubric/reopen',
  roundReveal: '/api/workspaces/:id/rounds/:roundId/reveal',
  roundClose: '/api/workspaces/:id/rounds/:roundId/close',
  /** who has drafted / voted so far (names in named mode, counts only in anonymous mode) */
  roundParticipation: '/api/workspaces/:id/rounds/:roundId/participation',
  snapshots: '/api/workspaces/:id/snapshots',
  snapshot: '/api/workspaces/:id/snapshots/:version',
  snapshotDiff: '/api/workspaces/:id/snapshots/:a/diff/:b',
  snapshotExport: '/api/workspaces/:id/snapshots/:version/export.:format',
  /** a facilitator marks the version the board signs */
  snapshotFinal: '/api/workspaces/:id/snapshots/:version/final',
} as const

/** the websocket endpoint: `/sync/<workspace>/<document>?ticket=…` */
export const SYNC_PATH = '/sync'

type Param<S extends string> = S extends `${string}:${infer Rest}`
  ? Rest extends `${infer Name}/${infer Tail}`
    ? Name | Param<`/${Tail}`>
    : Rest extends `${infer Name}.${infer Tail}`
      ? Name | Param<`.${Tail}`>
      : Rest
  : never

export type PathParams<P extends string> = Record<Param<P>, string | number>

export function fillPath<P extends string>(pattern: P, params: PathParams<P>): string {
  const values = params as Record<string, string | number>
  return pattern.replace(/:([A-Za-z]+)/g, (_m, name: string) => encodeURIComponent(String(values[name])))
}
