import { PDFParse } from 'pdf-parse'
import { afterEach, describe, expect, it } from 'vitest'
import { PagedRenderer } from '../../../server/snapshots/paged-render'
import { plainDocument, type Block, type RenderDocument } from '../../../shared/render/model'
import { readZipEntry } from './unzip'

/** a long report: enough layout work to take a while on any machine */
const large = (rows: number): RenderDocument =>
  plainDocument('Annual report', [
    { type: 'heading', level: 1, text: 'Annual report' },
    ...Array.from({ length: rows / 50 }, (_, t): Block[] => [
      { type: 'heading', level: 2, text: `Strategy ${t + 1}` },
      { type: 'table', headers: ['Action', 'Evidence', 'Status'], rows: Array.from({ length: 50 }, (_, i) => [`Action ${t + 1}.${i + 1}`, 'Sign-in sheets and agendas', 'On track']) },
    ]).flat(),
  ])

const pdfText = async (file: Buffer) => {
  const parser = new PDFParse({ data: new Uint8Array(file) })
  const { text } = await parser.getText()
  await parser.destroy()
  return text
}

/** event-loop turns that pass on this thread until `promise` settles */
async function turnsWhile(promise: Promise<unknown>): Promise<number> {
  let settled = false
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  )
  let turns = 0
  while (!settled) {
    await new Promise<void>((resolve) => setImmediate(resolve))
    turns++
  }
  return turns
}

describe('the export worker', () => {
  let renderer: PagedRenderer
  afterEach(async () => {
    await renderer.close()
  })

  it('lays out Word and PDF files while this thread keeps turning (the relay is never held behind an export)', async () => {
    renderer = new PagedRenderer()
    await renderer.render('pdf', large(50)) // the worker has started and loaded pdfkit
    const pdf = renderer.render('pdf', large(3000))
    // laid out here, the whole layout would run inside one turn
    expect(await turnsWhile(pdf)).toBeGreaterThan(1000)
    const text = await pdfText(await pdf)
    expect(text).toContain('Action 60.50')

    const docx = await renderer.render('docx', large(100))
    expect(readZipEntry(docx, 'word/document.xml')).toContain('Action 2.50')
  })

  it('answers a document it cannot lay out with the error and goes on with the next one', async () => {
    renderer = new PagedRenderer()
    const broken = { ...plainDocument('Broken', []), blocks: null } as unknown as RenderDocument
    const [bad, good] = await Promise.allSettled([renderer.render('pdf', broken), renderer.render('pdf', large(50))])
    expect(bad.status).toBe('rejected')
    expect(good.status).toBe('fulfilled')
    if (good.status === 'fulfilled') expect(await pdfText(good.value)).toContain('Action 1.50')
  })

  it('stops an export that runs past its time, fails what the worker held, and serves the next from a new worker', async () => {
    renderer = new PagedRenderer({ timeoutMs: 1 })
    const [slow, queued] = await Promise.allSettled([renderer.render('pdf', large(3000)), renderer.render('pdf', large(50))])
    expect(slow).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/longer than/) } })
    expect(queued.status).toBe('rejected')
    expect(renderer.running).toBe(false)

    renderer = new PagedRenderer()
    expect(await pdfText(await renderer.render('pdf', large(50)))).toContain('Action 1.50')
  })

  it('ends an idle worker, and starts one again on the next export', async () => {
    renderer = new PagedRenderer({ idleMs: 0 })
    await renderer.render('pdf', large(50))
    await expect.poll(() => renderer.running).toBe(false)
    expect((await renderer.render('docx', large(50))).subarray(0, 2).toString()).toBe('PK')
  })
})
