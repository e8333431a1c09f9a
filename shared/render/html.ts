/**
 * A RenderDocument as one self-contained print page: cover, contents, blocks. Sections flow on
 * (no forced page break per section); rows never split, headings stay with what follows, and the
 * browser repeats table headers. Every text is HTML-escaped; the running header text is CSS-escaped.
 */
import { escapeHtml, stripControls } from '../plan/escape'
import { hasCover, PAPER_SIZES, runningHeader, TOC_TITLE, tocEntries, type Block, type RenderDocument } from './model'

const text = (s: string) => escapeHtml(stripControls(s)).replace(/\n/g, '<br>')
/** Any character outside [A-Za-z0-9 ] becomes a CSS escape, so user text cannot end the string. */
const cssString = (s: string) => `"${[...stripControls(s)].map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : `\\${c.codePointAt(0)?.toString(16) ?? ''} `)).join('')}"`

const STYLE = `
body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #111; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, h4, h5 { font-family: system-ui, sans-serif; line-height: 1.2; margin: 1.2em 0 .4em; break-after: avoid; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.4rem; border-bottom: 2px solid #111; } h3 { font-size: 1.15rem; }
h4 { font-size: 1.05rem; } h5 { font-size: 1rem; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
caption { text-align: left; font-weight: bold; padding-bottom: .25em; }
th, td { border: 1px solid #555; padding: .3em .45em; vertical-align: top; text-align: left; }
th { background: #eee; } thead { display: table-header-group; }
tr { break-inside: avoid; } tbody tr:first-child { break-before: avoid; } caption { break-after: avoid; }
table.fields th { width: 30%; background: none; } table.tall td { height: 2.6em; }
.note { font-style: italic; color: #333; } .todo { font-weight: bold; color: #7a2e00; }
ul.checklist { list-style: none; padding-left: 0; } ul.checklist li.sub { padding-left: 1.6em; }
ul.checklist .box { display: inline-block; width: 1.3em; }
blockquote { margin: .5em 0; padding-left: 1em; border-left: 3px solid #555; }
.cover { margin-bottom: 2rem; } .cover .kind { text-transform: uppercase; letter-spacing: .08em; font-family: system-ui, sans-serif; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; } .cover dt { font-weight: bold; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  .cover { break-after: page; }
  th { background: none; }
}`

function renderBlock(b: Block, id: string): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level} id="${id}">${text(b.text)}</h${b.level}>`
    case 'paragraph':
      if (b.style === 'quote') return `<blockquote><p>${text(b.text)}</p></blockquote>`
      if (b.style === 'strong') return `<p><strong>${text(b.text)}</strong></p>`
      return `<p${b.style === 'note' || b.style === 'todo' ? ` class="${b.style}"` : ''}>${text(b.text)}</p>`
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul'
      return `<${tag}>${b.items.map((i) => `<li>${text(i)}</li>`).join('')}</${tag}>`
    }
    case 'checklist':
      return `<ul class="checklist">${b.items
        .map((i) => `<li${i.depth ? ' class="sub"' : ''}><span class="box" aria-hidden="true">${i.checked ? '☑' : '☐'}</span><span class="visually-hidden">${i.checked ? 'included: ' : 'not included: '}</span>${text(i.label)}</li>`)
        .join('')}</ul>`
    case 'fields':
      return `<table class="fields"><tbody>${b.rows.map(([k, v]) => `<tr><th scope="row">${text(k)}</th><td>${text(v)}</td></tr>`).join('')}</tbody></table>`
    case 'table': {
      const caption = b.caption ? `<caption>${text(b.caption)}</caption>` : ''
      const head = `<thead><tr>${b.headers.map((x) => `<th scope="col">${text(x)}</th>`).join('')}</tr></thead>`
      const body = `<tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`).join('')}</tbody>`
      return `<table${b.tall ? ' class="tall"' : ''}>${caption}${head}${body}</table>`
    }
  }
}

export function renderHtml(d: RenderDocument): string {
  const ids = d.blocks.map((_, i) => `s${i}`)
  const toc = d.toc
    ? `<nav aria-labelledby="toc-h"><h2 id="toc-h">${TOC_TITLE}</h2><ul>${d.blocks
        .map((b, i) => (b.type === 'heading' && tocEntries([b]).length ? `<li style="margin-left:${(b.level - 1) * 1.2}em"><a href="#${ids[i]}">${text(b.text)}</a></li>` : ''))
        .join('')}</ul></nav>`
    : ''
  const paper = PAPER_SIZES[d.paper]
  // page margin boxes (running header, "Page X of Y") print in browsers that support them and are ignored elsewhere
  const page = `@page { size: ${paper.widthPt}pt ${paper.heightPt}pt; margin: 20mm 16mm;
  @top-center { content: ${cssString(runningHeader(d))}; font: 9pt system-ui, sans-serif; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; } }`
  const cover = !hasCover(d) ? toc : `<header class="cover"><p class="kind">${text(d.kind)}</p><h1>${text(d.title)}</h1><dl>${d.cover.map(([k, v]) => `<dt>${text(k)}</dt><dd>${text(v)}</dd>`).join('')}</dl>${toc}</header>`
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(d.lang)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(d.title)}</title><style>${STYLE}\n${page}</style></head>`,
    `<body>${cover}<main>${d.blocks.map((b, i) => renderBlock(b, ids[i] ?? '')).join('\n')}</main></body></html>`,
    '',
  ].join('\n')
}
