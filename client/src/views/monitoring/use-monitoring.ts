/**
 * Opens the workspace's `monitoring` and `comments` documents for the board (released on unmount)
 * and re-reads them on every change (useDocRead). `ready` is false until both have synced once, so nobody edits
 * a blank copy of a row the server already created.
 */
import { useEffect, useMemo, useState } from 'react'
import { readComments } from '../../../../shared/doc/comments'
import { readMonitoring } from '../../../../shared/doc/monitoring-read'
import type { CommentThread } from '../../../../shared/domain/monitoring/comments'
import type { MonitoringRead } from '../../../../shared/domain/monitoring/model'
import type { DocConnection } from '../../workspace/doc-connection'
import { useWorkspace } from '../../workspace/context'
import { useDocRead } from '../../workspace/use-doc-read'

export interface MonitoringState {
  readonly conn: DocConnection
  readonly read: MonitoringRead
  readonly comments: readonly CommentThread[]
  readonly ready: boolean
}

function useOpened(kind: 'monitoring' | 'comments'): DocConnection {
  const { connection } = useWorkspace()
  const opened = useMemo(() => connection.open({ kind }), [connection, kind])
  useEffect(() => opened.release, [opened])
  return opened.conn
}

function useSynced(conn: DocConnection): boolean {
  const [synced, setSynced] = useState(conn.current.synced)
  useEffect(() => {
    const check = () => setSynced(conn.current.synced)
    check()
    return conn.subscribe(check)
  }, [conn])
  return synced
}


export function useMonitoring(): MonitoringState {
  const conn = useOpened('monitoring')
  const commentsConn = useOpened('comments')
  const mine = useSynced(conn)
  const theirs = useSynced(commentsConn)
  const ready = mine && theirs
  // every panel reads most of the monitoring document, so the whole of each document is followed
  const read = useDocRead(conn.doc, readMonitoring)
  const comments = useDocRead(commentsConn.doc, readComments)
  return { conn, read, comments, ready }
}
