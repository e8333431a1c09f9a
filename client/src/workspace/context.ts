/** What every board view gets: the member, the workspace, its documents and the client config. */
import { createContext, useContext } from 'react'
import type { ClientConfig, Member, Workspace } from '../../../shared/api/contract'
import type { WorkspaceConnection } from './workspace-connection'

export interface WorkspaceContextValue {
  readonly workspace: Workspace
  readonly me: Member
  readonly members: readonly Member[]
  readonly token: string
  readonly connection: WorkspaceConnection
  readonly config: ClientConfig
  readonly refreshMembers: () => void
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null)

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext)
  if (!value) throw new Error('useWorkspace outside a workspace page')
  return value
}
