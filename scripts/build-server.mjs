// Bundles the server into dist/server/main.js and its export worker into dist/server/render-worker.js
// (dependencies stay in node_modules).
import { build } from 'esbuild'

await build({
  entryPoints: { main: 'server/main.ts', 'render-worker': 'server/snapshots/render-worker.ts' },
  outdir: `${process.env.OUT_DIR ?? 'dist'}/server`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
})
console.log(`built ${process.env.OUT_DIR ?? 'dist'}/server/main.js`)
