// Bundles the server into dist/server/main.js and its export worker into dist/server/render-worker.js
// (dependencies stay in node_modules).
import { build } from 'esbuild'
import { readFileSync, writeFileSync } from 'node:fs'

const outdir = `${process.env.OUT_DIR ?? 'dist'}/server`
const result = await build({
  entryPoints: { main: 'server/main.ts', 'render-worker': 'server/snapshots/render-worker.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
})

// esbuild escapes every non-ASCII character in code but keeps comments as written. One "—" in a
// comment makes V8 hold the whole source as a two-byte string (the ~0.5 MB main bundle took ~1 MB
// of every process's heap), so comments are made ASCII, one character for one: no column moves.
const ASCII = { '—': '-', '–': '-', '’': "'", '‘': "'", '“': '"', '”': '"', '→': '>', '←': '<', '×': 'x', '…': '.', '≤': '<', '≥': '>' }
for (const file of Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))) {
  const text = readFileSync(file, 'utf8')
  // eslint-disable-next-line no-control-regex
  const ascii = text.replace(/[^\u0000-\u007f]/g, (c) => ASCII[c] ?? '?')
  if (ascii !== text) writeFileSync(file, ascii)
}
console.log(`built ${outdir}/main.js`)
