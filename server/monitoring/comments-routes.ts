/**
 * Coach comments. They live in the server-written `comments` document (members read it live; no
 * client can write it), so who may do what is decided here: facilitators (and co-facilitators)
 * start threads; facilitators and participants reply, resolve and reopen; observers only read.
 * Author names and times come from the verified member and the server clock, never the client.
 */
import { Router } from 'express'
import { addReply, addThread, hasThread, setResolved } from '../../shared/doc/comments'
import { NewThreadBody, ReplyBody, ResolveBody } from '../../shared/domain/monitoring/comments'
import { err, ok } from '../../shared/result'
import { fromStorage } from '../http/errors'
import { parseBody } from '../http/handler'
import type { MonitoringDeps } from './service'
import { newServerId } from './service'

const WRITERS = ['facilitator', 'participant'] as const

export function commentRoutes(deps: MonitoringDeps): Router {
  const router = Router()
  const comments = { kind: 'comments' } as const

  router.post('/:id/comments', deps.memberRoute(['facilitator'], async ({ req, workspace, me }) => {
    const body = parseBody(NewThreadBody, req.body)
    if (!body.ok) return body
    const id = newServerId()
    const author = { id: me.id, name: me.displayName }
    const written = await deps.docs.write(workspace.id, comments, (doc) => addThread(doc, { id, ...body.value, author, at: deps.now().toISOString() }))
    return written.ok ? ok({ status: 201, body: { id } }) : err(fromStorage(written.error))
  }))

  router.post('/:id/comments/:thread/replies', deps.memberRoute(WRITERS, async ({ req, workspace, me }) => {
    const body = parseBody(ReplyBody, req.body)
    if (!body.ok) return body
    const threadId = String(req.params.thread)
    const reply = { id: newServerId(), authorId: me.id, authorName: me.displayName, at: deps.now().toISOString(), text: body.value.text }
    let found = false
    const written = await deps.docs.write(workspace.id, comments, (doc) => {
      found = addReply(doc, threadId, reply)
    })
    if (!written.ok) return err(fromStorage(written.error))
    return found ? ok({ status: 201, body: { id: reply.id } }) : err({ kind: 'not-found', message: 'no such comment thread' })
  }))

  router.post('/:id/comments/:thread/resolve', deps.memberRoute(WRITERS, async ({ req, workspace, me }) => {
    const body = parseBody(ResolveBody, req.body)
    if (!body.ok) return body
    const threadId = String(req.params.thread)
    const exists = await deps.docs.read(workspace.id, comments, (doc) => hasThread(doc, threadId))
    if (!exists.ok) return err(fromStorage(exists.error))
    if (!exists.value) return err({ kind: 'not-found', message: 'no such comment thread' })
    const by = { id: me.id, name: me.displayName }
    const written = await deps.docs.write(workspace.id, comments, (doc) => setResolved(doc, threadId, body.value.resolved, by, deps.now().toISOString()))
    return written.ok ? ok({ body: { resolved: body.value.resolved } }) : err(fromStorage(written.error))
  }))

  return router
}
