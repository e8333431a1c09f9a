/**
 * One per-workspace queue for every server action (reveal, tallies, snapshots, membership changes):
 * `fn` runs after every earlier action on the same workspace has settled, so no two interleave.
 * Per process; across instances, actions rely on being idempotent or advisory-locked.
 */
export type Serialise = <T>(workspaceId: string, fn: () => Promise<T>) => Promise<T>

export function workspaceQueue(): Serialise {
  const queues = new Map<string, Promise<unknown>>()
  return <T>(workspaceId: string, fn: () => Promise<T>): Promise<T> => {
    const run = (queues.get(workspaceId) ?? Promise.resolve()).then(fn, fn)
    const tail = run.catch(() => undefined)
    queues.set(workspaceId, tail)
    void tail.then(() => queues.get(workspaceId) === tail && queues.delete(workspaceId))
    return run
  }
}
