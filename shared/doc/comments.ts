/**
 * The `comments` document: coach comment threads, written only by the server on behalf of a
 * member whose role the REST route has checked. Every value is plain (the server serialises
 * writes), and the reader narrows everything because the document is still remote data to a client.
 */
import * as Y from 'yjs'
import { ORIGINS } from './origin'
import { commentThreads } from './schema'
import { yMap } from './yfields'
import { COMMENT_TARGET_KINDS, type CommentReply, type CommentTarget, type CommentThread } from '../domain/monitoring/comments'

export interface Author {
  readonly id: string
  readonly name: string
}

export function addThread(doc: Y.Doc, init: { id: string; target: CommentTarget; text: string; author: Author; at: string }): void {
  doc.transact(() => {
    const m = new Y.Map<unknown>()
    commentThreads(doc).set(init.id, m)
    m.set('target', { ...init.target })
    m.set('authorId', init.author.id)
    m.set('authorName', init.author.name)
    m.set('at', init.at)
    m.set('text', init.text)
    m.set('resolved', false)
    m.set('replies', new Y.Array<unknown>())
  }, ORIGINS.server)
}

export function addReply(doc: Y.Doc, threadId: string, reply: CommentReply): boolean {
  const replies = yMap(commentThreads(doc), threadId)?.get('replies')
  if (!(replies instanceof Y.Array)) return false
  doc.transact(() => replies.push([{ ...reply }]), ORIGINS.server)
  return true
}

export function setResolved(doc: Y.Doc, threadId: string, resolved: boolean, by: Author, at: string): boolean {
  const m = yMap(commentThreads(doc), threadId)
  if (!m) return false
  doc.transact(() => {
    m.set('resolved', resolved)
    m.set('resolvedBy', by.name)
    m.set('resolvedAt', at)
  }, ORIGINS.server)
  return true
}

export const hasThread = (doc: Y.Doc, id: string): boolean => yMap(commentThreads(doc), id) !== undefined

const s = (v: unknown): string => (typeof v === 'string' ? v : '')

function target(v: unknown): CommentTarget | null {
  if (typeof v !== 'object' || v === null) return null
  const t = v as Record<string, unknown>
  if (!(COMMENT_TARGET_KINDS as readonly unknown[]).includes(t.kind) || typeof t.id !== 'string') return null
  return { kind: t.kind as CommentTarget['kind'], id: t.id, label: s(t.label) }
}

export function readComments(doc: Y.Doc): CommentThread[] {
  const out: CommentThread[] = []
  for (const [id, v] of commentThreads(doc).entries()) {
    if (!(v instanceof Y.Map)) continue
    const t = target(v.get('target'))
    if (!t) continue
    const replies = v.get('replies')
    out.push({
      id,
      target: t,
      authorId: s(v.get('authorId')),
      authorName: s(v.get('authorName')),
      at: s(v.get('at')),
      text: s(v.get('text')),
      resolved: v.get('resolved') === true,
      resolvedBy: s(v.get('resolvedBy')),
      resolvedAt: s(v.get('resolvedAt')),
      replies: replies instanceof Y.Array
        ? replies.toArray().flatMap((r) => (typeof r === 'object' && r !== null ? [r as Record<string, unknown>] : [])).map((r) => ({ id: s(r.id), authorId: s(r.authorId), authorName: s(r.authorName), at: s(r.at), text: s(r.text) }))
        : [],
    })
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1))
}
