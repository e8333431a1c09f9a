/**
 * A RenderDocument as Markdown (GitHub-flavoured tables and task lists). All user text goes
 * through escapeMarkdown, so a "<script>" or "# heading" typed on the board renders as text.
 */
import { escapeMarkdown } from '../plan/escape'
import { hasCover, type Block, type RenderDocument } from './model'

const cell = (text: string) => escapeMarkdown(text, 'inline') || ' '

function renderBlock(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text, 'inline')}`
    case 'paragraph': {
      const text = escapeMarkdown(b.text, 'block')
      if (b.style === 'note') return `*${text}*`
      if (b.style === 'strong' || b.style === 'todo') return `**${text}**`
      if (b.style === 'quote') return `> ${text.replace(/\n/g, '\n> ')}`
      return text
    }
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(item, 'inline')}`).join('\n')
    case 'checklist':
      return b.items.map((i) => `${'  '.repeat(i.depth)}- [${i.checked ? 'x' : ' '}] ${escapeMarkdown(i.label, 'inline')}`).join('\n')
    case 'fields':
      return b.rows.map(([k, v]) => `**${escapeMarkdown(k, 'inline')}:** ${escapeMarkdown(v, 'inline')}`).join('  \n')
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`
      const lines = [row(b.headers), `|${b.headers.map(() => ' --- ').join('|')}|`, ...b.rows.map(row)]
      return b.caption ? `**${escapeMarkdown(b.caption)}**\n\n${lines.join('\n')}` : lines.join('\n')
    }
  }
}

/** Blocks alone, no cover: for documents whose blocks carry their own title. */
export const renderBlocksMarkdown = (blocks: readonly Block[]): string => `${blocks.map(renderBlock).join('\n\n')}\n`

export function renderMarkdown(d: RenderDocument): string {
  if (!hasCover(d)) return renderBlocksMarkdown(d.blocks)
  const cover = [
    `*${escapeMarkdown(d.kind, 'inline')}*`,
    `# ${escapeMarkdown(d.title, 'inline')}`,
    d.cover.map(([k, v]) => `**${escapeMarkdown(k, 'inline')}:** ${escapeMarkdown(v, 'inline')}`).join('  \n'),
  ]
  return `${[...cover, ...d.blocks.map(renderBlock)].filter(Boolean).join('\n\n')}\n`
}
