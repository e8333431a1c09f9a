/**
 * The live whiteboard: tldraw bound to the workspace's `whiteboard` Y.Doc and its provider's
 * awareness. Assets come from our own build (offline-safe). Observers see shapes and cursors and
 * can edit nothing; unmounting disposes every binding but leaves the doc and provider to the shell.
 */
import 'tldraw/tldraw.css'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useCallback, useEffect, useMemo, useRef, useState, type JSX } from 'react'
import {
  Tldraw,
  atom,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  useTldrawUser,
  type Editor,
  type TLAssetStore,
  type TLPresenceUserInfo,
  type TLStoreWithStatus,
  type TLUiComponents,
  type TLUserPreferences,
} from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { removeShapesOfFailedUploads } from './failed-uploads'
import { NamedStylePanel } from './NamedStylePanel'
import { bindPresence } from './presence'
import { bindShortcutsToFocus } from './shortcut-focus'
import { setShortcutsEnabled, useShortcutsEnabled } from './shortcut-setting'
import { exposeEditorForTests } from './test-hook'
import { bindStoreToYDoc } from './yjs-store'

/** fonts, icons and translations as files emitted by Vite, never fetched from a CDN */
const assetUrls = getAssetUrlsByImport()

/** tldraw's UI, with the one part it leaves unnamed named */
const COMPONENTS: TLUiComponents = { StylePanel: NamedStylePanel }

export interface WhiteboardProps {
  /** the workspace's `whiteboard` document, already connected by a y-websocket provider */
  doc: Y.Doc
  /** that provider's awareness */
  awareness: Awareness
  /** observers: view + cursors, no editing */
  readOnly: boolean
  user: { id: string; name: string; color: string }
  /** optional tldraw licence key from server config */
  licenseKey?: string
  /** the facilitator's camera while this person follows them ("bring everyone to me") */
  camera?: { x: number; y: number; zoom: number } | null
  /** where dropped images go (the server) and how they are read back */
  assets?: TLAssetStore
  /** largest image the server accepts; tldraw refuses larger ones with its own message */
  maxAssetBytes?: number
  /** called when this person pans or zooms away from `camera` themselves (break away from following) */
  onOwnCameraMove?: (() => void) | undefined
  /** the mounted editor (null once unmounted), for the "Board contents" list beside the canvas */
  onEditor?: ((editor: Editor | null) => void) | undefined
}

/** what the server accepts (server/assets/sniff.ts): no SVG, which can carry script */
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const

export function Whiteboard({ doc, awareness, readOnly, user, licenseKey, camera, assets, maxAssetBytes, onOwnCameraMove, onEditor }: WhiteboardProps): JSX.Element {
  const [store] = useState(() => createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils, ...(assets ? { assets } : {}) }))
  const [bound, setBound] = useState(false)
  useEffect(() => {
    const dispose = bindStoreToYDoc(store, doc, { readOnly })
    setBound(true)
    return dispose
  }, [store, doc, readOnly])
  // tldraw shows its loading screen until the doc's records are in the store
  const storeWithStatus = useMemo<TLStoreWithStatus>(
    () => (bound ? { status: 'synced-remote', connectionStatus: 'online', store } : { status: 'loading' }),
    [bound, store],
  )

  const [$user] = useState(() => atom<TLPresenceUserInfo>('whiteboard user', user))
  useEffect(() => {
    $user.set({ id: user.id, name: user.name, color: user.color })
  }, [$user, user.id, user.name, user.color])
  useEffect(() => bindPresence(store, awareness, $user), [store, awareness, $user])

  // name and colour come from the workspace; other preferences (theme, locale) live for the session
  const [preferences, setPreferences] = useState<TLUserPreferences>({ id: user.id })
  // single-key shortcuts are a per-browser setting; tldraw's own menu toggle writes it too
  const shortcuts = useShortcutsEnabled()
  const userPreferences = useMemo<TLUserPreferences>(
    () => ({ ...preferences, id: user.id, name: user.name, color: user.color, areKeyboardShortcutsEnabled: shortcuts }),
    [preferences, user.id, user.name, user.color, shortcuts],
  )
  const savePreferences = useCallback(
    (next: TLUserPreferences) => {
      if (typeof next.areKeyboardShortcutsEnabled === 'boolean' && next.areKeyboardShortcutsEnabled !== shortcuts)
        setShortcutsEnabled(next.areKeyboardShortcutsEnabled)
      setPreferences(next)
    },
    [shortcuts],
  )
  const tldrawUser = useTldrawUser({ userPreferences, setUserPreferences: savePreferences })

  const [editor, setEditor] = useState<Editor | null>(null)
  const readOnlyRef = useRef(readOnly)
  readOnlyRef.current = readOnly
  const handleMount = useCallback((mounted: Editor) => {
    // set here as well as in the effect below so observers never see an editable first frame
    mounted.updateInstanceState({ isReadonly: readOnlyRef.current })
    setEditor(mounted)
    const unexpose = exposeEditorForTests(mounted)
    const stopCleaning = removeShapesOfFailedUploads(mounted)
    const unbindFocus = bindShortcutsToFocus(mounted)
    return () => {
      unbindFocus()
      stopCleaning()
      unexpose()
      setEditor(null)
    }
  }, [])
  useEffect(() => {
    editor?.updateInstanceState({ isReadonly: readOnly })
  }, [editor, readOnly])
  useEffect(() => onEditor?.(editor), [editor, onEditor])
  const [cx, cy, cz] = [camera?.x, camera?.y, camera?.zoom]
  useEffect(() => {
    // immediate, so the only camera moves that differ from the leader's are this person's own
    if (editor && cx !== undefined && cy !== undefined && cz !== undefined) editor.setCamera({ x: cx, y: cy, z: cz })
  }, [editor, cx, cy, cz])
  useEffect(() => {
    if (!editor || !onOwnCameraMove || cx === undefined || cy === undefined || cz === undefined) return
    const off = editor.store.listen(
      () => {
        const now = editor.getCamera()
        const moved = Math.abs(now.x - cx) > 0.5 || Math.abs(now.y - cy) > 0.5 || Math.abs(now.z - cz) > 0.001
        if (moved) onOwnCameraMove()
      },
      { scope: 'session', source: 'user' },
    )
    return off
  }, [editor, onOwnCameraMove, cx, cy, cz])

  return (
    // fills its container: the shell gives that container its size
    <div className="rootwork-whiteboard" style={{ position: 'relative', width: '100%', height: '100%' }}>
      <Tldraw
        store={storeWithStatus}
        assetUrls={assetUrls}
        licenseKey={licenseKey}
        user={tldrawUser}
        onMount={handleMount}
        components={COMPONENTS}
        acceptedImageMimeTypes={IMAGE_TYPES}
        acceptedVideoMimeTypes={[]}
        {...(maxAssetBytes ? { maxAssetSize: maxAssetBytes } : {})}
      />
    </div>
  )
}
