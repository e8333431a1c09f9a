/** Configuration from the environment, parsed once at start-up; a bad value stops the server with its name. */
import { z } from 'zod'

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
