import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

// the same options as scripts/build-server.mjs, written to memory
const bundle = async (entry: string) => {
  const out = await build({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', write: false, logLevel: 'silent' })
  return out.outputFiles[0]?.text ?? ''
}

describe('the server bundle', () => {
  it('never loads docx or pdfkit on the main thread: only the export worker holds them, and only when asked', async () => {
    const main = await bundle('server/main.ts')
    expect(main).not.toMatch(/(import\(|from\s*)"(docx|docx\/layout|pdfkit)"/)
    expect(main).toContain('render-worker.js')

    const worker = await bundle('server/snapshots/render-worker.ts')
    expect(worker).toContain('await import("docx")')
    expect(worker).toContain('await import("pdfkit")')
    expect(worker).not.toMatch(/^import[^;]*from\s*"(docx|docx\/layout|pdfkit)"/m)
  })
})
