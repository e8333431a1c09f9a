// Bundles the server into dist/server/main.js (dependencies stay in node_modules).
import { build } from 'esbuild'

await build({
  entryPoints: ['server/main.ts'],
  outfile: `${process.env.OUT_DIR ?? 'dist'}/server/main.js`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
})
console.log(`built ${process.env.OUT_DIR ?? 'dist'}/server/main.js`)
