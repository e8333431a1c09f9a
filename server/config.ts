/** Configuration from the environment, parsed once at start-up; a bad value stops the server with its name. */
import * as z from 'zod'

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback)

const PostgresUrl = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
const RedisUrl = z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL')

export const Config = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  /** public origin used in links (defaults to the request's own origin) */
  PUBLIC_URL: z.string().url().optional(),
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  MAX_FRAME_BYTES: int(2 * 1024 * 1024),
  RATE_BURST: int(300),
  RATE_PER_SECOND: int(150),
  AWARENESS_MAX_BYTES: int(16 * 1024),
  AWARENESS_MAX_DEPTH: int(8),
  COMPACT_AFTER: int(500),
  UNLOAD_DELAY_MS: z.coerce.number().int().min(0).default(5000),
  TLDRAW_LICENSE_KEY: z.string().optional(),
  /** largest image a member may upload to the whiteboard */
  ASSET_MAX_BYTES: int(10 * 1024 * 1024),
  /** uploads one workspace may hold in total */
  ASSET_QUOTA_BYTES: int(200 * 1024 * 1024),
  STATIC_DIR: z.string().optional(),
  /** scale-out: PostgreSQL instead of SQLite */
  DATABASE_URL: PostgresUrl.optional(),
  /** scale-out: fan-out between instances; needs DATABASE_URL (every instance shares its storage) */
  REDIS_URL: RedisUrl.optional(),
  HEARTBEAT_MS: int(1000),
  /** an instance silent this long is gone: its clients' presence is removed */
  INSTANCE_TIMEOUT_MS: int(5000),
  /** how often every loaded document is compared with storage, in case a message was missed */
  CATCH_UP_INTERVAL_MS: int(5000),
  /** a socket sent nothing for this long gets a keepalive (the stock provider gives up after 30 s) */
  KEEPALIVE_MS: int(10_000),
  /** unsent bytes after which a socket that does not read is closed (backpressure) */
  MAX_BUFFERED_BYTES: int(8 * 1024 * 1024),
  /** open sockets one member may hold on one instance (a tab uses about six) */
  MAX_SOCKETS_PER_MEMBER: int(40),
  /** storage quotas: bytes of one document's log, and of all of a workspace's documents */
  DOC_QUOTA_BYTES: int(64 * 1024 * 1024),
  WORKSPACE_QUOTA_BYTES: int(256 * 1024 * 1024),
  /** updates arriving this soon after a board was locked still pass (they were in flight) */
  LOCK_GRACE_MS: z.coerce.number().int().min(0).default(1500),
  /** security (see README "Security"): a device's token stops working after this many days unused */
  TOKEN_IDLE_DAYS: z.coerce.number().positive().default(30),
  /** how long a websocket ticket may wait for its upgrade */
  SYNC_TICKET_SECONDS: int(30),
  /** accept `?token=` on /sync (non-browser tools such as the benchmark); never in production */
  SYNC_URL_TOKENS: z.enum(['on', 'off']).default('off'),
  /** comma-separated origins allowed to open sockets and change state; default PUBLIC_URL, else same host */
  ALLOWED_ORIGINS: z.string().optional(),
  /** CSP frame-ancestors: who may frame the app ('none', or e.g. "https://portal.example.org") */
  FRAME_ANCESTORS: z.string().default("'none'"),
  RATE_WINDOW_SECONDS: int(60),
  RATE_CREATE_PER_IP: int(20),
  RATE_JOIN_PER_IP: int(60),
  RATE_JOIN_PER_INVITE: int(60),
  RATE_PREVIEW_PER_IP: int(120),
  RATE_ACTIONS_PER_TOKEN: int(60),
  RATE_TICKETS_PER_TOKEN: int(240),
  /** coach sign-in with OpenID Connect (server/orgs): all four set, or none (invite links instead) */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** comma-separated e-mail domains whose coaches may sign in, or * for any verified e-mail */
  OIDC_ALLOWED_EMAIL_DOMAINS: z.string().min(1).optional(),
  COACH_SESSION_HOURS: int(12),
}).refine((c) => [c.OIDC_ISSUER, c.OIDC_CLIENT_ID, c.OIDC_CLIENT_SECRET, c.OIDC_ALLOWED_EMAIL_DOMAINS].every((v) => (v === undefined) === (c.OIDC_ISSUER === undefined)), {
  path: ['OIDC_ISSUER'],
  message: 'set OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_ALLOWED_EMAIL_DOMAINS together',
}).refine((c) => !c.REDIS_URL || c.DATABASE_URL, {
  path: ['REDIS_URL'],
  message: 'several instances need shared storage: set DATABASE_URL too',
})
export type Config = z.infer<typeof Config>

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = Config.safeParse(env)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`configuration: ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`)
  }
  return parsed.data
}
