/** Block lists that carry their own title heading (monitoring reports) as Markdown; plans use shared/render/markdown.ts. */
import { renderBlocksMarkdown } from '../render/markdown'
import type { Block } from '../render/model'

export const blocksMarkdown = (blocks: readonly Block[]): string => renderBlocksMarkdown(blocks)
