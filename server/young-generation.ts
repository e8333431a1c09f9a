/**
 * Start-up (Express, zod, Yjs, our modules, storage) allocates a burst whose objects mostly live on,
 * and V8 answers each scavenge of it by doubling the young generation, to its maximum of 2 × 16 MB
 * semi-spaces. It gives that back only when its memory reducer runs, ~10 s after the start: an idle
 * instance showed 91 MB for its first seconds and 78 MB after. Holding the growth factor at 1 while
 * the server loads keeps the young generation at its start-up size (those objects are promoted a
 * few scavenges earlier); once the server listens the factor is V8's default again, and under load
 * the young generation grows exactly as before.
 */
import v8 from 'node:v8'

/** V8's default for --semi-space-growth-factor (node --v8-options) */
const DEFAULT_GROWTH_FACTOR = 2
const FLAG = '--semi-space-growth-factor'

/** an operator who set the factor (on the command line or in NODE_OPTIONS) keeps it: nothing is changed */
const setByOperator = (): boolean => [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((arg) => arg.startsWith(FLAG))

let held = false

export function holdYoungGeneration(): void {
  if (setByOperator()) return
  v8.setFlagsFromString(`${FLAG}=1`)
  held = true
}

export function releaseYoungGeneration(): void {
  if (held) v8.setFlagsFromString(`${FLAG}=${DEFAULT_GROWTH_FACTOR}`)
  held = false
}
