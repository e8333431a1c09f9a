/** What the organisation routes are built from (see ./feature.ts for the wiring). */
import type { MemberAuth } from '../auth/member-auth'
import type { ServerDocs } from '../docs/server-docs'
import type { OriginCheck } from '../http/origins'
import type { Disconnect } from '../sync/disconnect'
import type { Storage } from '../storage/types'
import type { Oidc } from './oidc'
import type { SchoolReader } from './school-reader'
import type { SessionDeps } from './session'

export interface OrgDeps extends SessionDeps {
  readonly storage: Storage
  readonly docs: ServerDocs
  readonly reader: SchoolReader
  readonly oidc: Oidc | undefined
  /** member tokens (device sign-ins), for the facilitator token an attach carries */
  readonly auth: MemberAuth
  /** closes a member's sockets on every instance (a role change makes them reconnect) */
  readonly disconnect: (d: Disconnect) => void
  /** the server's Origin allow-list (ALLOWED_ORIGINS / PUBLIC_URL / same host) */
  readonly originCheck: OriginCheck
  /** prepares a new member's private document, as joining does */
  readonly onMemberJoined: (workspaceId: string, memberId: string) => Promise<void>
}
