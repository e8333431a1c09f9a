/**
 * Document names inside a workspace. A sync room is `<workspaceId>/<docName>`; the server decides
 * who may read and write each kind (see ./permissions.ts). Names are parsed, never trusted.
 */
import { err, ok, type Result } from '../result'

export const ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/

export type DocName =
  | { readonly kind: 'board' }
  /** the tldraw drawing: heavy, so it has its own document with the same rules as `board` */
  | { readonly kind: 'whiteboard' }
  | { readonly kind: 'control' }
  /** written only by the server: rubric aggregates, vote tallies, progress counts */
  | { readonly kind: 'published' }
  | { readonly kind: 'private'; readonly memberId: string }
  | { readonly kind: 'group'; readonly groupId: string }
  /** the year's monitoring: action statuses, results, PDSA cycles (same rules as `board`) */
  | { readonly kind: 'monitoring' }
  /** coach comments: every member reads; only the server writes (REST actions check who may) */
  | { readonly kind: 'comments' }

export type DocKind = DocName['kind']

export function formatDocName(name: DocName): string {
  switch (name.kind) {
    case 'private':
      return `private/${name.memberId}`
    case 'group':
      return `group/${name.groupId}`
    default:
      return name.kind
  }
}

export function parseDocName(raw: string): Result<DocName, string> {
  switch (raw) {
    case 'board':
    case 'whiteboard':
    case 'control':
    case 'published':
    case 'monitoring':
    case 'comments':
      return ok({ kind: raw })
  }
  const [head, id, ...rest] = raw.split('/')
  if (rest.length > 0 || id === undefined || !ID_PATTERN.test(id)) return err(`unknown document "${raw}"`)
  if (head === 'private') return ok({ kind: 'private', memberId: id })
  if (head === 'group') return ok({ kind: 'group', groupId: id })
  return err(`unknown document "${raw}"`)
}

/** `<workspaceId>/<docName>` as used in `/sync/<room>` URLs and storage keys. */
export function parseRoom(room: string): Result<{ workspaceId: string; doc: DocName }, string> {
  const slash = room.indexOf('/')
  if (slash < 0) return err('room must be <workspace>/<document>')
  const workspaceId = room.slice(0, slash)
  if (!ID_PATTERN.test(workspaceId)) return err('malformed workspace id')
  const doc = parseDocName(room.slice(slash + 1))
  return doc.ok ? ok({ workspaceId, doc: doc.value }) : doc
}

export const roomName = (workspaceId: string, doc: DocName): string => `${workspaceId}/${formatDocName(doc)}`
