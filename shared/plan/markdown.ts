/**
 * The Markdown export of a plan document (GitHub-flavoured tables). All user text goes through
 * escapeMarkdown, so a "<script>" or "# heading" typed on the board renders as text.
 */
import { planBlocks, type Block } from './blocks'
import type { PlanDocument } from './document'
import { escapeMarkdown } from './escape'

const cell = (text: string) => escapeMarkdown(text, 'inline') || ' '

function renderBlock(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text, 'inline')}`
    case 'paragraph': {
      const text = escapeMarkdown(b.text, 'block')
      if (b.style === 'note') return `*${text}*`
      if (b.style === 'strong') return `**${text}**`
      if (b.style === 'quote') return `> ${text.replace(/\n/g, '\n> ')}`
      return text
    }
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(item, 'inline')}`).join('\n')
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`
      const lines = [row(b.headers), `|${b.headers.map(() => ' --- ').join('|')}|`, ...b.rows.map(row)]
      return b.caption ? `**${escapeMarkdown(b.caption)}**\n\n${lines.join('\n')}` : lines.join('\n')
    }
  }
}

/** Any block list (a plan, a monitoring report) as Markdown. */
export const blocksMarkdown = (blocks: readonly Block[]): string => `${blocks.map(renderBlock).join('\n\n')}\n`

export function exportMarkdown(plan: PlanDocument): string {
  return blocksMarkdown(planBlocks(plan))
}
