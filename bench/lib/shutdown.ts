/**
 * Cleanups that must run when the bench is interrupted (SIGINT/SIGTERM), not only when it ends:
 * servers under test and the cluster's PostgreSQL and Redis would otherwise outlive it.
 */
const cleanups: (() => Promise<void>)[] = []
let hooked = false
let stopping = false

/** Newest first (servers flush into PostgreSQL before it stops), but never longer than `capMs`. */
async function runAll(capMs: number): Promise<void> {
  const all = (async () => {
    for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => undefined)
  })()
  await Promise.race([all, new Promise((r) => setTimeout(r, capMs).unref())])
}

/** Runs `cleanup` if the process is interrupted before the returned function is called. */
export function onInterrupt(cleanup: () => Promise<void>, log: (line: string) => void = () => {}): () => void {
  cleanups.push(cleanup)
  if (!hooked) {
    hooked = true
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and from scripts/bench.mjs)
      process.on(signal, () => {
        if (stopping) return
        stopping = true
        log(`${signal}: stopping servers and services`)
        // process.exit also fires dev-services' 'exit' hook, which SIGKILLs PostgreSQL and Redis if still up
        void runAll(15_000).finally(() => process.exit(130))
      })
  }
  return () => {
    const at = cleanups.indexOf(cleanup)
    if (at >= 0) cleanups.splice(at, 1)
  }
}
