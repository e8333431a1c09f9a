import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toAscii } from '../../../scripts/ascii.mjs'
import { serverBundleOptions } from '../../../scripts/server-bundle.mjs'

// the options scripts/build-server.mjs uses, written to memory
const bundle = async (entry: string) => {
  const out = await build({
    ...serverBundleOptions,
    entryPoints: [entry],
    write: false,
    logLevel: 'silent',
  })
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

  it('holds the parts of zod its schemas use and none of its other locales (a named `{ z }` import pulls in all 60-odd)', async () => {
    const out = await build({ ...serverBundleOptions, entryPoints: ['server/main.ts'], write: false, metafile: true, logLevel: 'silent' })
    // what the output holds (metafile.inputs also lists what esbuild read and then shook out)
    const inputs = Object.values(out.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f))
    const zod = inputs.filter((f) => f.includes('node_modules/zod/'))
    expect(zod.length).toBeGreaterThan(5)
    expect(zod.filter((f) => f.includes('/locales/'))).toEqual([expect.stringMatching(/\/locales\/en\.js$/)])
    expect(out.outputFiles[0]?.text).not.toMatch(/from\s*"zod/)
  })

  it('is built as ASCII, so V8 holds its source as a one-byte string (one dash in a comment had doubled it)', () => {
    const out = mkdtempSync(join(tmpdir(), 'rootwork-build-'))
    try {
      execFileSync(process.execPath, ['scripts/build-server.mjs'], { env: { ...process.env, OUT_DIR: out }, stdio: 'pipe' })
      for (const file of ['main.js', 'render-worker.js']) {
        const text = readFileSync(join(out, 'server', file), 'utf8')
        expect(text.length).toBeGreaterThan(1000)
        // eslint-disable-next-line no-control-regex
        expect(text.match(/[^\u0000-\u007f]/g) ?? []).toEqual([])
      }
      // the plan overview's fallback strips a placeholder ellipsis; it once stripped every character
      expect(readFileSync(join(out, 'server', 'main.js'), 'utf8')).toContain('.statement.replace(/\\u2026/g, "")')
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  it('becomes ASCII without changing what its code does: characters in code are escaped, in comments replaced one for one', () => {
    const source = [
      '/** a strategy — with “quotes” → and … */',
      "const strip = (s) => s.replace(/…/g, '').replace(/[–—]/gu, '-')",
      '/*',
      ' * 😀 in a comment line',
      ' */',
      'const smile = /😀/u',
      "const label = 'Q1…Q4'",
    ].join('\n')
    const out = toAscii(source)
    // eslint-disable-next-line no-control-regex
    expect(out).toMatch(/^[\u0000-\u007f]*$/)
    const lines = out.split('\n')
    expect(lines[0]).toBe('/** a strategy - with "quotes" > and . */')
    expect(lines[0]).toHaveLength(source.split('\n')[0]!.length)
    expect(lines[3]).toBe(' * ?? in a comment line')
    const run = (code: string) => new Function(`${code}\nreturn { strip, smile, label }`)() as { strip: (s: string) => string; smile: RegExp; label: string }
    const before = run(source)
    const after = run(out)
    for (const text of ['Plan… more', 'a–b—c', 'nothing to strip']) expect(after.strip(text)).toBe(before.strip(text))
    expect(after.strip('Plan… more')).toBe('Plan more')
    expect(after.smile.test('hi 😀')).toBe(true)
    expect(after.smile.test('hi')).toBe(false)
    expect(after.label).toBe(before.label)
  })
})
