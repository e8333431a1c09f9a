/**
 * Opens the workspace's `monitoring` and `comments` documents for the board (released on unmount)
 * and re-reads them on every change. `ready` is false until both have synced once, so nobody edits
 * a blank copy of a row the server already created.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { readComments } from '../../../../shared/doc/comments'
import { readMonitoring } from '../../../../shared/doc/monitoring-read'
import type { CommentThread } from '../../../../shared/domain/monitoring/comments'
import type { MonitoringRead } from '../../../../shared/domain/monitoring/model'
import type { DocConnection } from '../../workspace/doc-connection'
import { useWorkspace } from '../../workspace/context'

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

/** A counter that moves on every change to `doc` (any root: every panel reads most of the document). */
function useVersion(doc: Y.Doc): number {
  const store = useMemo(() => {
    let version = 0
    return {
      subscribe: (listener: () => void) => {
        const bump = () => {
          version++
          listener()
        }
        doc.on('update', bump)
        return () => doc.off('update', bump)
      },
      snapshot: () => version,
    }
  }, [doc])
  return useSyncExternalStore(store.subscribe, store.snapshot)
}

export function useMonitoring(): MonitoringState {
  const conn = useOpened('monitoring')
  const commentsConn = useOpened('comments')
  const v = useVersion(conn.doc)
  const c = useVersion(commentsConn.doc)
  const mine = useSynced(conn)
  const theirs = useSynced(commentsConn)
  const ready = mine && theirs
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const read = useMemo(() => readMonitoring(conn.doc), [conn, v])
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const comments = useMemo(() => readComments(commentsConn.doc), [commentsConn, c])
  return { conn, read, comments, ready }
}
