/**
 * The whiteboard board: opens the heavy `whiteboard` document only while this view is shown, and
 * mounts tldraw once the provider has synced, so a fresh (empty) local doc is never taken for an
 * empty board and seeded over the stored one.
 */
import { useEffect, useState } from 'react'
import { createWhiteboardAssets, type WhiteboardAssets } from './asset-store'
import { useWorkspace } from '../../workspace/context'
import { useBoardAccess } from '../../facilitation/use-board-access'
import { useSpotlightViewport } from '../../facilitation/spotlight-viewport'
import type { DocConnection } from '../../workspace/doc-connection'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { useFacilitation } from '../../facilitation/context'
import { useLeaderCamera } from './leader-camera'
import { Whiteboard } from './Whiteboard'
import { ShortcutToggle } from './ShortcutToggle'
import { BoardContents } from './BoardContents'
import type { Editor } from 'tldraw'

/** read before the whiteboard document is open: nobody is on it */
const NO_AWARENESS = new Awareness(new Y.Doc())

export default function WhiteboardView() {
  const { connection, me, config, token, workspace } = useWorkspace()
  // observers always, members while the facilitator locks the whiteboard (the relay enforces it too)
  const readOnly = !useBoardAccess('whiteboard').canWrite
  const spotlightCamera = useSpotlightViewport()
  const { following, target, stopFollowing } = useFacilitation()
  const leading = following && target?.reason === 'leader' && target.path === 'whiteboard' ? target.leaderId : undefined
  const [conn, setConn] = useState<DocConnection>()
  useEffect(() => {
    const opened = connection.open({ kind: 'whiteboard' })
    setConn(opened.conn)
    return () => {
      setConn(undefined)
      opened.release()
    }
  }, [connection])
  const synced = useSyncedOnce(conn)
  const leaderCamera = useLeaderCamera(conn?.provider.awareness ?? NO_AWARENESS, leading)
  const assets = useAssets(workspace.id, token, connection.notices.report)
  const [editor, setEditor] = useState<Editor | null>(null)
  if (!conn || !assets) return null
  if (!synced) {
    return (
      <p className="whiteboard-frame" role="status">
        Loading the whiteboard…
      </p>
    )
  }
  return (
    <div className="whiteboard-frame whiteboard-layout">
      <ShortcutToggle />
      <div className="whiteboard-body">
      {editor && <BoardContents editor={editor} readOnly={readOnly} />}
      <div className="whiteboard-canvas">
        <Whiteboard
          doc={conn.doc}
          awareness={conn.provider.awareness}
          readOnly={readOnly}
          camera={leaderCamera ?? spotlightCamera}
          onOwnCameraMove={leading !== undefined || spotlightCamera ? stopFollowing : undefined}
          {...(assets ? { assets } : {})}
          maxAssetBytes={config.assetMaxBytes}
          user={{ id: me.id, name: me.displayName, color: me.color }}
          {...(config.tldrawLicenseKey ? { licenseKey: config.tldrawLicenseKey } : {})}
          onEditor={setEditor}
        />
      </div>
      </div>
    </div>
  )
}

/** The server-backed asset store for this workspace; its object URLs are revoked on unmount. */
function useAssets(workspaceId: string, token: string, onRefused: (message: string) => void): WhiteboardAssets | undefined {
  const [assets, setAssets] = useState<WhiteboardAssets>()
  useEffect(() => {
    const created = createWhiteboardAssets({ workspaceId, token, onRefused })
    setAssets(created)
    return () => created.dispose()
  }, [workspaceId, token, onRefused])
  return assets
}

/** True from this connection's first sync on; a later reconnect does not unmount the editor. */
function useSyncedOnce(conn: DocConnection | undefined): boolean {
  const [syncedConn, setSyncedConn] = useState<DocConnection>()
  useEffect(() => {
    if (!conn) return
    const check = () => {
      if (conn.current.synced) setSyncedConn(conn)
    }
    check()
    return conn.subscribe(check)
  }, [conn])
  return conn !== undefined && syncedConn === conn
}
