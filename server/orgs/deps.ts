/** What the organisation routes are built from (see ./feature.ts for the wiring). */
import type { ServerDocs } from '../docs/server-docs'
import type { Storage } from '../storage/types'
import type { Oidc } from './oidc'
import type { SchoolReader } from './school-reader'
import type { SessionDeps } from './session'

export interface OrgDeps extends SessionDeps {
  readonly storage: Storage
  readonly docs: ServerDocs
  readonly reader: SchoolReader
  readonly oidc: Oidc | undefined
  /** a member's role changed: their sockets reconnect and are authorised afresh */
  readonly onRoleChanged: (memberId: string) => void
  /** prepares a new member's private document, as joining does */
  readonly onMemberJoined: (workspaceId: string, memberId: string) => Promise<void>
}
