/** Block lists that carry their own title heading (monitoring reports) as one print page; plans use shared/render/html.ts. */
import { renderHtml } from '../render/html'
import { plainDocument, type Block } from '../render/model'

export const blocksHtml = (title: string, blocks: readonly Block[]): string => renderHtml(plainDocument(title, blocks))
