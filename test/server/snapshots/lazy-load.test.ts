import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

describe('the server bundle', () => {
  it('loads docx and pdfkit only when an export asks for them, never at start-up', async () => {
    // the same options as scripts/build-server.mjs, written to memory
    const out = await build({ entryPoints: ['server/main.ts'], bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', write: false, logLevel: 'silent' })
    const code = out.outputFiles[0]?.text ?? ''
    expect(code).toContain('await import("docx")')
    expect(code).toContain('await import("pdfkit")')
    expect(code).not.toMatch(/^import[^;]*from\s*"(docx|docx\/layout|pdfkit)"/m)
  })
})
