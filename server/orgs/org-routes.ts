/** /api/orgs: create an organisation, join one by invite, its portfolio, and rotating its invite link. */
import { Router } from 'express'
import { AcceptInviteBody, CreateOrgBody, ORG_LINKS, type Portfolio } from '../../shared/api/orgs'
import { ID_PATTERN } from '../../shared/doc/names'
import { err, ok } from '../../shared/result'
import { newId } from '../auth/tokens'
import { fromStorage } from '../http/errors'
import { parseBody, publicOrigin, route } from '../http/handler'
import { orgRoute } from './access'
import { checkOrgInvite, coachForRequest, orgInvite } from './coach-identity'
import type { OrgDeps } from './deps'
import { portfolioEntries } from './portfolio'
import { requireCoach } from './session'

export function orgRoutes(deps: OrgDeps): Router {
  const router = Router()
  const { store } = deps

  router.get(
    '/',
    route(async (req) => {
      const coach = await requireCoach(deps, req)
      if (!coach.ok) return coach
      const orgs = await store.orgsOfCoach(coach.value.id)
      return orgs.ok ? ok({ body: { orgs: orgs.value } }) : err(fromStorage(orgs.error))
    }),
  )

  router.post(
    '/',
    route(async (req, res) => {
      const body = parseBody(CreateOrgBody, req.body)
      if (!body.ok) return body
      const coach = await coachForRequest(deps, req, res, body.value.displayName)
      if (!coach.ok) return coach
      const org = { id: newId(), name: body.value.name, createdAt: deps.now().toISOString() }
      const created = await store.createOrg(org, coach.value.id)
      if (!created.ok) return err(fromStorage(created.error))
      return ok({ status: 201, body: { id: org.id, name: org.name, role: 'admin' } })
    }),
  )

  router.post(
    '/:org/accept',
    route(async (req, res) => {
      const orgId = req.params.org
      const org = typeof orgId === 'string' && ID_PATTERN.test(orgId) ? await store.getOrg(orgId) : ok(undefined)
      if (!org.ok) return err(fromStorage(org.error))
      if (!org.value) return err({ kind: 'not-found', message: 'no such organisation' })
      const body = parseBody(AcceptInviteBody, req.body)
      if (!body.ok) return body
      const valid = await checkOrgInvite(deps, org.value, body.value.invite)
      if (!valid.ok) return valid
      const coach = await coachForRequest(deps, req, res, body.value.displayName)
      if (!coach.ok) return coach
      const added = await store.addCoachToOrg(org.value.id, coach.value.id, 'coach', deps.now().toISOString())
      if (!added.ok) return err(fromStorage(added.error))
      const role = await store.roleInOrg(org.value.id, coach.value.id)
      if (!role.ok) return err(fromStorage(role.error))
      return ok({ body: { id: org.value.id, name: org.value.name, role: role.value ?? 'coach' } })
    }),
  )

  router.get(
    '/:org/portfolio',
    orgRoute(deps, async (req, access) => {
      const entries = await portfolioEntries(deps, access.org.id)
      if (!entries.ok) return entries
      let inviteLink: string | null = null
      if (access.role === 'admin') {
        const invite = await orgInvite(deps, access.org)
        if (!invite.ok) return invite
        inviteLink = ORG_LINKS.invite(publicOrigin(req, deps.publicUrl), access.org.id, invite.value)
      }
      const { org, role } = access
      const body: Portfolio = { org: { id: org.id, name: org.name, role }, workspaces: entries.value, inviteLink }
      return ok({ body })
    }),
  )

  router.post(
    '/:org/invite/rotate',
    orgRoute(deps, async (req, access) => {
      const rotated = await store.rotateOrgInvite(access.org.id)
      return rotated.ok ? ok({ body: { rotated: true } }) : err(fromStorage(rotated.error))
    }, ['admin']),
  )

  return router
}
