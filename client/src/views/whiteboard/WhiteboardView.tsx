/** The whiteboard board: opens the heavy `whiteboard` document only while this view is shown. */
import { useEffect, useState } from 'react'
import { useWorkspace } from '../../workspace/context'
import type { DocConnection } from '../../workspace/doc-connection'
import { Whiteboard } from './Whiteboard'

export default function WhiteboardView() {
  const { connection, me, config } = useWorkspace()
  const [conn, setConn] = useState<DocConnection>()
  useEffect(() => {
    const opened = connection.open({ kind: 'whiteboard' })
    setConn(opened.conn)
    return () => {
      setConn(undefined)
      opened.release()
    }
  }, [connection])
  if (!conn) return null
  return (
    <div className="whiteboard-frame">
      <Whiteboard
        doc={conn.doc}
        awareness={conn.provider.awareness}
        readOnly={me.role === 'observer'}
        user={{ id: me.id, name: me.displayName, color: me.color }}
        {...(config.tldrawLicenseKey ? { licenseKey: config.tldrawLicenseKey } : {})}
      />
    </div>
  )
}
