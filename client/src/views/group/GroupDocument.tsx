/**
 * Opens one breakout group's `group/<id>` document while shown and renders its board, editable
 * when this member may write it (their own group, or a facilitator) and `readOnly` is not set
 * (the gallery walk shows every board read-only).
 */
import { useEffect, useState } from 'react'
import { useBoardAccess } from '../../facilitation/use-board-access'
import { useWorkspace } from '../../workspace/context'
import type { DocConnection } from '../../workspace/doc-connection'
import { GroupBoard } from './GroupBoard'

interface Props {
  readonly groupId: string
  readonly name: string
  readonly memberIds: readonly string[]
  readonly readOnly?: boolean
}

export function GroupDocument({ groupId, name, memberIds, readOnly = false }: Props) {
  const { connection } = useWorkspace()
  const access = useBoardAccess('group', groupId)
  const canWrite = access.canWrite && !readOnly
  const [conn, setConn] = useState<DocConnection>()
  const [synced, setSynced] = useState(false)
  useEffect(() => {
    const opened = connection.open({ kind: 'group', groupId })
    setConn(opened.conn)
    const check = () => opened.conn.current.synced && setSynced(true)
    check()
    const off = opened.conn.subscribe(check)
    return () => {
      off()
      setConn(undefined)
      setSynced(false)
      opened.release()
    }
  }, [connection, groupId])
  if (!conn || !synced)
    return (
      <p className="page" role="status" aria-busy="true">
        Opening {name}’s board…
      </p>
    )
  return <GroupBoard doc={conn.doc} groupId={groupId} name={name} memberIds={memberIds} canWrite={canWrite} />
}
