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

export function holdYoungGeneration(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1')
}

export function releaseYoungGeneration(): void {
  v8.setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`)
}
