import { build } from 'esbuild'
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'

// the same options as scripts/build-server.mjs, written to memory
const bundle = async () => {
  const out = await build({
    entryPoints: { main: 'server/main.ts', 'render-worker': 'server/snapshots/render-worker.ts' },
    outdir: 'out',
    bundle: true,
    splitting: true,
    chunkNames: '[name]-[hash]',
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const js = out.outputFiles.filter((f) => f.path.endsWith('.js'))
  const byName = new Map(js.map((f) => [basename(f.path), f.text]))
  /** what each output imports statically (esbuild's own account, side-effect imports included) */
  const imports = new Map(
    Object.entries(out.metafile.outputs).map(([path, o]) => [basename(path), o.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)]),
  )
  return { byName, imports, worker: byName.get('render-worker.js') ?? '', rest: js.filter((f) => basename(f.path) !== 'render-worker.js').map((f) => f.text) }
}

describe('the server bundle', () => {
  it('never loads docx or pdfkit on the main thread: only the export worker holds them, and only when asked', async () => {
    const { worker, rest } = await bundle()
    for (const text of rest) expect(text).not.toMatch(/(import\(|from\s*)"(docx|docx\/layout|pdfkit)"/)
    expect(rest.some((text) => text.includes('render-worker.js'))).toBe(true)

    expect(worker).toContain('await import("docx")')
    expect(worker).toContain('await import("pdfkit")')
    expect(worker).not.toMatch(/^import[^;]*from\s*"(docx|docx\/layout|pdfkit)"/m)
  })

  it('starts from an entry point that evaluates no package before it holds the young generation (server/young-generation.ts)', async () => {
    const { byName, imports } = await bundle()
    const main = byName.get('main.js') ?? ''
    expect(main).toMatch(/holdYoungGeneration\(\);\s*await import\("\.\/start-[\w-]+\.js"\)/)
    // everything main.js imports statically, and what that imports, is node's own
    const reached = new Set<string>()
    const walk = (name: string) => {
      for (const path of imports.get(name) ?? []) {
        const local = byName.has(basename(path)) && !path.startsWith('node:')
        reached.add(local ? `./${basename(path)}` : path)
        if (local) walk(basename(path))
      }
    }
    walk('main.js')
    expect(reached.size).toBeGreaterThan(0)
    expect([...reached].filter((spec) => !spec.startsWith('./'))).toEqual(['node:v8'])
  })
})
