/**
 * When an upload fails, tldraw deletes the asset it created but leaves the image shape that was
 * waiting for it: an empty frame everyone sees. This removes, for this person's own deletions,
 * every shape that showed a deleted asset. Remote changes are left alone (their author does this).
 */
import type { Editor, TLShape } from 'tldraw'

const showsAsset = (shape: TLShape, assetId: string): boolean => 'assetId' in shape.props && shape.props.assetId === assetId

export function removeShapesOfFailedUploads(editor: Editor): () => void {
  return editor.sideEffects.registerAfterDeleteHandler('asset', (asset, source) => {
    if (source !== 'user') return
    const orphans = editor.store.allRecords().filter((r): r is TLShape => r.typeName === 'shape' && showsAsset(r, asset.id))
    if (orphans.length > 0) editor.deleteShapes(orphans.map((s) => s.id))
  })
}
