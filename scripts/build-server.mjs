// Bundles the server into dist/server/main.js and its export worker into dist/server/render-worker.js
// (dependencies stay in node_modules but zod: scripts/server-bundle.mjs).
import { build } from 'esbuild'
import { readFileSync, writeFileSync } from 'node:fs'
import { toAscii } from './ascii.mjs'
import { serverBundleOptions } from './server-bundle.mjs'

const outdir = `${process.env.OUT_DIR ?? 'dist'}/server`
const result = await build({
  entryPoints: { main: 'server/main.ts', 'render-worker': 'server/snapshots/render-worker.ts' },
  outdir,
  ...serverBundleOptions,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
})

// every character ASCII, so V8 holds each bundle as a one-byte string (scripts/ascii.mjs)
for (const file of Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))) {
  const text = readFileSync(file, 'utf8')
  const ascii = toAscii(text)
  if (ascii !== text) writeFileSync(file, ascii)
}
console.log(`built ${outdir}/main.js`)
