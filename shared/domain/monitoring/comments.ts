/**
 * Coach comments as plain data: a thread on a plan item, an action or a monitoring row, with
 * replies, resolved or open. The `comments` document is written only by the server (REST actions
 * check the role), so authors and times here are the server's, not whatever a client claimed.
 */
import * as z from 'zod'

export const COMMENT_TARGET_KINDS = ['priority', 'strategy', 'milestone', 'action', 'measure', 'goal', 'monitoring-row', 'pdsa'] as const
export const CommentTarget = z.strictObject({
  kind: z.enum(COMMENT_TARGET_KINDS, { error: `target.kind must be one of ${COMMENT_TARGET_KINDS.join(', ')}` }),
  id: z.string().min(1, 'target.id is required').max(128, 'target.id is at most 128 characters'),
  /** what the item says, shown beside the thread ("Action 1.1.1.2 Hire a math coach") */
  label: z.string().max(300, 'target.label is at most 300 characters'),
})
export type CommentTarget = z.infer<typeof CommentTarget>

const Text = z.string({ error: 'text is required' }).trim().min(1, 'text must not be empty').max(4000, 'text is at most 4000 characters')
export const NewThreadBody = z.strictObject({ target: CommentTarget, text: Text })
export const ReplyBody = z.strictObject({ text: Text })
export const ResolveBody = z.strictObject({ resolved: z.boolean({ error: 'resolved must be true or false' }) })

export interface CommentReply {
  readonly id: string
  readonly authorId: string
  readonly authorName: string
  readonly at: string
  readonly text: string
}
export interface CommentThread {
  readonly id: string
  readonly target: CommentTarget
  readonly authorId: string
  readonly authorName: string
  readonly at: string
  readonly text: string
  readonly resolved: boolean
  /** who resolved or reopened it last, and when */
  readonly resolvedBy: string
  readonly resolvedAt: string
  readonly replies: readonly CommentReply[]
}

export const openThreads = (threads: readonly CommentThread[]): CommentThread[] => threads.filter((t) => !t.resolved)
export const threadsOn = (threads: readonly CommentThread[], kind: CommentTarget['kind'], id: string): CommentThread[] =>
  threads.filter((t) => t.target.kind === kind && t.target.id === id)
