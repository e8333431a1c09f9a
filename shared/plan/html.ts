/**
 * The print/PDF export: one self-contained HTML page with a print stylesheet (A4/Letter, tables
 * that do not split rows, headings kept with their content). Every text is HTML-escaped.
 */
import { planBlocks, type Block } from './blocks'
import type { PlanDocument } from './document'
import { escapeHtml, stripControls } from './escape'

const text = (s: string) => escapeHtml(stripControls(s)).replace(/\n/g, '<br>')

const STYLE = `
body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #111; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, h4, h5 { font-family: system-ui, sans-serif; line-height: 1.2; margin: 1.4em 0 .4em; break-after: avoid; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.4rem; border-bottom: 2px solid #111; } h3 { font-size: 1.15rem; }
h4 { font-size: 1.05rem; } h5 { font-size: 1rem; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
caption { text-align: left; font-weight: bold; padding-bottom: .25em; }
th, td { border: 1px solid #555; padding: .3em .45em; vertical-align: top; text-align: left; }
th { background: #eee; }
tr { break-inside: avoid; }
.note { font-style: italic; color: #333; }
blockquote { margin: .5em 0; padding-left: 1em; border-left: 3px solid #555; }
@media print {
  @page { margin: 18mm 15mm; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-before: page; }
  h2:first-of-type { break-before: auto; }
  th { background: none; }
}`

function renderBlock(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level}>${text(b.text)}</h${b.level}>`
    case 'paragraph':
      if (b.style === 'quote') return `<blockquote><p>${text(b.text)}</p></blockquote>`
      if (b.style === 'strong') return `<p><strong>${text(b.text)}</strong></p>`
      return `<p${b.style === 'note' ? ' class="note"' : ''}>${text(b.text)}</p>`
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul'
      return `<${tag}>${b.items.map((i) => `<li>${text(i)}</li>`).join('')}</${tag}>`
    }
    case 'table': {
      const caption = b.caption ? `<caption>${text(b.caption)}</caption>` : ''
      const head = `<thead><tr>${b.headers.map((x) => `<th scope="col">${text(x)}</th>`).join('')}</tr></thead>`
      const body = `<tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`).join('')}</tbody>`
      return `<table>${caption}${head}${body}</table>`
    }
  }
}

/** Any block list (a plan, a monitoring report) as one print page. */
export function blocksHtml(title: string, blocks: readonly Block[]): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(title)}</title><style>${STYLE}</style></head>`,
    `<body><main>${blocks.map(renderBlock).join('\n')}</main></body></html>`,
    '',
  ].join('\n')
}

export function exportHtml(plan: PlanDocument): string {
  return blocksHtml(plan.title, planBlocks(plan))
}
