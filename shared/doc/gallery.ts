/**
 * Gallery-walk comments and dots on breakout groups' boards. They live in the `board` document's
 * `gallery` root — which every participant may write — not in `group/<id>`, which only the group's
 * members may write. Flat keys: `comment/<id>` → { groupId, text, authorId?, at } and
 * `dot/<groupId>/<memberId>` → true, so each person's dot is under their own key (no collisions).
 */
import type * as Y from 'yjs'
import * as z from 'zod'
import { ORIGINS, type TransactionOrigin } from './origin'
import { boardRoot } from './schema'

const root = (doc: Y.Doc): Y.Map<unknown> => boardRoot(doc, 'gallery')
const COMMENT = 'comment/'
const DOT = 'dot/'

const CommentValue = z.object({ groupId: z.string().min(1), text: z.string().min(1).max(1000), authorId: z.string().optional(), at: z.number() })

export interface GalleryComment extends z.infer<typeof CommentValue> {
  readonly id: string
}

export interface GalleryState {
  readonly comments: readonly GalleryComment[]
  /** groupId → member ids who left a dot */
  readonly dots: ReadonlyMap<string, readonly string[]>
}

export function addGalleryComment(doc: Y.Doc, c: GalleryComment, origin: TransactionOrigin = ORIGINS.localUser): void {
  const { id, ...value } = c
  doc.transact(() => root(doc).set(COMMENT + id, { ...value }), origin)
}

export function toggleGalleryDot(doc: Y.Doc, groupId: string, memberId: string, origin: TransactionOrigin = ORIGINS.localUser): void {
  const key = `${DOT}${groupId}/${memberId}`
  doc.transact(() => {
    if (root(doc).has(key)) root(doc).delete(key)
    else root(doc).set(key, true)
  }, origin)
}

export function readGallery(doc: Y.Doc): GalleryState {
  const comments: GalleryComment[] = []
  const dots = new Map<string, string[]>()
  for (const [key, value] of root(doc).entries()) {
    if (key.startsWith(COMMENT)) {
      const parsed = CommentValue.safeParse(value)
      if (parsed.success) comments.push({ id: key.slice(COMMENT.length), ...parsed.data })
    } else if (key.startsWith(DOT) && value === true) {
      const [groupId, memberId] = key.slice(DOT.length).split('/')
      if (groupId && memberId) dots.set(groupId, [...(dots.get(groupId) ?? []), memberId])
    }
  }
  return { comments: comments.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)), dots }
}
