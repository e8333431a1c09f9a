/**
 * Escaping user text for the text exports. Everything a team typed is data: in Markdown it must
 * not become markup (headings, links, tables, raw HTML such as <script>), in HTML it must not
 * become tags or attributes.
 */
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML[c] ?? c)

/** Control characters other than tab and newline are dropped: no format can show them. */
// eslint-disable-next-line no-control-regex -- the point is to match control characters
export const stripControls = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')

/** One line of Markdown: HTML-significant characters as entities, inline markup and line-start markup backslashed. */
function escapeMarkdownLine(line: string): string {
  // "&" only where it could start an entity ("&lt;", "&#60;"), so "Planning & Reporting" stays readable
  const inline = line.replace(/&(?=[A-Za-z#])|[<>]/g, (c) => HTML[c] ?? c).replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
  // "# x", "- x", "+ x", "=", "1. x", "1) x" at the start of a line would become headings or lists
  return inline.replace(/^(\s*)([-+=#])/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
}

/**
 * Escapes text for Markdown. `inline` (table cells, list items, headings) joins lines with <br>,
 * otherwise lines become hard line breaks inside one paragraph.
 */
export function escapeMarkdown(text: string, mode: 'inline' | 'block' = 'inline'): string {
  const lines = stripControls(text).split('\n').map(escapeMarkdownLine)
  return mode === 'inline' ? lines.join('<br>') : lines.join('  \n')
}
