// `node scripts/ablation-builds.mjs [out]`: experiment builds of the committed tree, each with one part
// of the write path removed, for `bench/variants.ts` (issue 20's ablation, bench/RESULTS.md). They
// measure what each part costs; they are never run for real (one of them drops durability). Each edit
// must match the source exactly once, so a build stops with an error when the code it edits moved.
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const out = resolve(process.argv[2] ?? '.tmp/ablation')
const src = join(out, 'src')

const NO_APPEND = {
  file: 'server/sync/live-doc.ts',
  from: 'append: (update) => this.storage.appendUpdate(this.key, update),',
  to: 'append: () => Promise.resolve({ ok: true as const, value: ++ablatedSeq }),',
  prelude: ['const NO_LINK: DocLink', 'let ablatedSeq = 1e9\nconst NO_LINK: DocLink'],
}
const NO_ACKS = { file: 'server/sync/connection.ts', from: 'const scheduleAck = () => ctx.acks.wrote(ackTarget)', to: 'const scheduleAck = () => {}' }
const DIRECT = {
  file: 'server/sync/connection.ts',
  from: 'const saved = doc.submit(update, peer, { guard: guard && (() => guard(doc, incoming)) })',
  to: 'void guard, void incoming\n    Y.applyUpdate(doc.doc, update, peer)\n    const saved: Promise<Result<void, SubmitError>> = Promise.resolve({ ok: true, value: undefined })',
}
/** name → edits; "as-built" is the tree unchanged, built the same way */
const VARIANTS = { 'as-built': [], 'no-append': [NO_APPEND], 'no-acks': [NO_ACKS], direct: [DIRECT], bare: [DIRECT, NO_ACKS] }

const once = (text, from, to, file) => {
  const at = text.indexOf(from)
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${file}: expected exactly one "${from}"`)
  return text.slice(0, at) + to + text.slice(at + from.length)
}

rmSync(out, { recursive: true, force: true })
execFileSync('git', ['worktree', 'prune'])
execFileSync('git', ['worktree', 'add', '--detach', src, 'HEAD'], { stdio: 'ignore' })
try {
  symlinkSync(resolve('node_modules'), join(src, 'node_modules'))
  const pristine = new Map()
  for (const [name, edits] of Object.entries(VARIANTS)) {
    for (const [file, text] of pristine) writeFileSync(join(src, file), text)
    for (const edit of edits) {
      const path = join(src, edit.file)
      if (!pristine.has(edit.file)) pristine.set(edit.file, readFileSync(path, 'utf8'))
      let text = once(readFileSync(path, 'utf8'), edit.from, edit.to, edit.file)
      if (edit.prelude) text = once(text, edit.prelude[0], edit.prelude[1], edit.file)
      writeFileSync(path, text)
    }
    execFileSync('bash', ['scripts/build-to.sh', join(out, name)], { cwd: src, stdio: ['ignore', 'ignore', 'inherit'] })
    console.log(`built ${join(out, name)}`)
  }
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', src])
}
