/**
 * GET /api/ready: 200 when storage and the fan-out broker answer and the instance is not shutting
 * down, 503 otherwise (a load balancer stops routing here). /api/health only says the process is up.
 */
import { Router } from 'express'
import type { Storage } from '../storage/types'
import type { Fanout } from './fanout'
import { API } from '../../shared/api/routes'

const CHECK_TIMEOUT_MS = 2_000

const within = <T>(promise: Promise<T>, fallback: T): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), CHECK_TIMEOUT_MS)))
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

export function readinessRoute(deps: { storage: Storage; fanout: Fanout; draining: () => boolean }): { path: string; router: Router } {
  const router = Router()
  router.get(API.ready, async (_req, res) => {
    const [storage, broker] = await Promise.all([
      within(deps.storage.ping().then((r) => r.ok, () => false), false),
      within(deps.fanout.ready().catch(() => false), false),
    ])
    const draining = deps.draining()
    const ok = storage && broker && !draining
    res.status(ok ? 200 : 503).json({ ok, storage, broker: deps.fanout.clustered ? broker : 'none', draining })
  })
  return { path: '/', router }
}
