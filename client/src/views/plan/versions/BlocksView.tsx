/**
 * A plan document drawn from the same layout blocks as the Word, Markdown and print exports, so what
 * people read here is what they download. React escapes every text; headings sit one level lower
 * than the exports' because the page already has its own h1.
 */
import type { ReactNode } from 'react'
import type { PlanDocument } from '../../../../../shared/plan/document'
import { planBlocks } from '../../../../../shared/plan/render-plan'
import type { Block } from '../../../../../shared/render/model'

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
      return <p className={block.style === 'note' || block.style === 'todo' ? block.style : undefined}>{lines(block.text)}</p>
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{lines(item)}</li>)
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>
    }
    case 'checklist':
      return (
        <ul className="plan-checklist">
          {block.items.map((item, i) => (
            <li key={i} className={item.depth ? 'sub' : undefined}>
              <span aria-hidden="true">{item.checked ? '☑' : '☐'} </span>
              <span className="visually-hidden">{item.checked ? 'included: ' : 'not included: '}</span>
              {item.label}
            </li>
          ))}
        </ul>
      )
    case 'fields':
      return (
        <table className="plan-table plan-fields">
          <tbody>
            {block.rows.map(([k, v], i) => (
              <tr key={i}>
                <th scope="row">{k}</th>
                <td>{lines(v)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )
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
