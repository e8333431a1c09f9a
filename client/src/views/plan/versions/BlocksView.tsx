/**
 * A plan document drawn from the same layout blocks as the Word, Markdown and print exports, so what
 * people read here is what they download. React escapes every text; headings sit one level lower
 * than the exports' because the page already has its own h1.
 */
import type { ReactNode } from 'react'
import { planBlocks, type Block } from '../../../../../shared/plan/blocks'
import type { PlanDocument } from '../../../../../shared/plan/document'

const lines = (text: string): ReactNode[] => text.split('\n').flatMap((line, i) => (i === 0 ? [line] : [<br key={i} />, line]))

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading': {
      const Tag = (['h2', 'h3', 'h4', 'h5', 'h6', 'h6'] as const)[block.level - 1] ?? 'h6'
      return <Tag>{block.text}</Tag>
    }
    case 'paragraph':
      if (block.style === 'quote') return <blockquote>{lines(block.text)}</blockquote>
      if (block.style === 'strong') return <p><strong>{lines(block.text)}</strong></p>
      return <p className={block.style === 'note' ? 'note' : undefined}>{lines(block.text)}</p>
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{lines(item)}</li>)
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>
    }
    case 'table':
      return (
        <table className="plan-table">
          {block.caption && <caption>{block.caption}</caption>}
          <thead>
            <tr>
              {block.headers.map((h, i) => (
                <th scope="col" key={i}>
                  {h || <span className="visually-hidden">Column {i + 1}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.length === 0 ? (
              <tr>
                <td colSpan={block.headers.length} className="empty">
                  None recorded.
                </td>
              </tr>
            ) : (
              block.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) => (
                    <td key={j}>{lines(c)}</td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      )
  }
}

export function BlocksView({ plan }: { plan: PlanDocument }) {
  return (
    <>
      {planBlocks(plan).map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </>
  )
}
