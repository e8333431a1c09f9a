/** Browser-test steps for the integrity tests: two members in one workspace, a real image dropped on tldraw, what a page shows of it, reconnect counts. */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { newContext, type AppServer } from './browser'
import { createWorkspaceInUi, joinInUi, waitForEditor, type CreatedWorkspace } from './flows'

export interface TwoMembers {
  readonly created: CreatedWorkspace
  readonly facilitator: Page
  readonly participant: Page
  close(): Promise<void>
}

const openSwot = (page: Page) => page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'SWOT', exact: true }).click()

/**
 * A facilitator creates a workspace and a participant joins it, each in their own browser context,
 * both on the whiteboard (the default view) or both on a SWOT board the facilitator creates.
 */
export async function twoMembers(browser: Browser, server: AppServer, view: 'whiteboard' | 'swot'): Promise<TwoMembers> {
  const contexts: BrowserContext[] = [await newContext(browser), await newContext(browser)]
  const [facilitator, participant] = [await contexts[0]!.newPage(), await contexts[1]!.newPage()]
  const created = await createWorkspaceInUi(facilitator, server.url)
  if (view === 'swot') {
    await openSwot(facilitator)
    await facilitator.getByRole('button', { name: 'Create the first SWOT board' }).click()
  } else await waitForEditor(facilitator)
  await joinInUi(participant, created.participantLink, 'Pat Teacher')
  if (view === 'swot') {
    await openSwot(participant)
    await participant.getByRole('button', { name: '+ Add a weakness' }).waitFor()
  } else await waitForEditor(participant)
  return { created, facilitator, participant, close: async () => void (await Promise.all(contexts.map((c) => c.close()))) }
}

/**
 * Paints random pixels (they do not compress) until the PNG is at least `bytes` long, then drops it
 * on the whiteboard canvas as a person dragging a file from their desktop would. Returns its size.
 */
export function dropNoiseImage(page: Page, bytes: number): Promise<number> {
  return page.evaluate(async (target) => {
    // opaque pixels: the PNG stores 3 bytes each, plus a filter byte per row
    const side = Math.ceil(Math.sqrt(target / 3)) + 8
    const canvas = document.createElement('canvas')
    canvas.width = side
    canvas.height = side
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no 2d context')
    const pixels = ctx.createImageData(side, side)
    for (let i = 0; i < pixels.data.length; i += 65536) crypto.getRandomValues(pixels.data.subarray(i, Math.min(i + 65536, pixels.data.length)))
    for (let i = 3; i < pixels.data.length; i += 4) pixels.data[i] = 255
    ctx.putImageData(pixels, 0, 0)
    let blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!blob) throw new Error('no PNG')
    const file = new File([blob], 'grade7-scores.png', { type: 'image/png' })
    const data = new DataTransfer()
    data.items.add(file)
    const canvasEl = document.querySelector('.tl-canvas')
    if (!canvasEl) throw new Error('no whiteboard canvas')
    const box = canvasEl.getBoundingClientRect()
    const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }
    for (const type of ['dragenter', 'dragover', 'drop']) canvasEl.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true, ...at }))
    blob = null
    return file.size
  }, bytes)
}

export interface ImageSeen {
  readonly src: string | null
  /** an <img> of the whiteboard has decoded pixels */
  readonly loaded: boolean
}

/** The first image shape on the page: its asset's stored src, and whether the picture is on screen. */
export function imageSeen(page: Page): Promise<ImageSeen | null> {
  return page.evaluate(() => {
    type Shape = { type: string; props: { assetId?: string } }
    const editor = (window as unknown as { __rootworkTest: { editor?: { getCurrentPageShapes(): Shape[]; getAsset(id: string): { props: { src: string | null } } | undefined } } }).__rootworkTest.editor
    const shape = editor?.getCurrentPageShapes().find((s) => s.type === 'image')
    if (!editor || !shape?.props.assetId) return null
    const imgs = [...document.querySelectorAll<HTMLImageElement>('.tl-container img')]
    return { src: editor.getAsset(shape.props.assetId)?.props.src ?? null, loaded: imgs.some((img) => img.complete && img.naturalWidth > 0) }
  })
}

export function shapeTypes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const editor = (window as unknown as { __rootworkTest: { editor: { getCurrentPageShapes(): { type: string }[] } } }).__rootworkTest.editor
    return editor.getCurrentPageShapes().map((s) => s.type).sort()
  })
}

/** `connection-close` events of every provider since the page loaded (client/src/workspace/test-counters.ts) */
export function connectionCloses(page: Page): Promise<number> {
  return page.evaluate(() => {
    const n: unknown = Reflect.get(Reflect.get(window, '__rootworkTest') as object, 'connectionCloses')
    return typeof n === 'number' ? n : 0
  })
}
