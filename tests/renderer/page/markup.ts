/**
 * Tiny helpers to read static markup without a DOM: the outer HTML of the element carrying a
 * `data-testid`, and its text content.
 */

/** Outer HTML of the first element with `data-testid="<id>"` (throws when absent). */
export function byTestId(html: string, id: string): string {
  const at = html.indexOf(`data-testid="${id}"`)
  if (at < 0) {
    throw new Error(`Cannot find data-testid ${id}`)
  }
  const start = html.lastIndexOf('<', at)
  const tag = /^<([a-z0-9]+)/.exec(html.slice(start))?.[1] ?? ''
  const pattern = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g')
  pattern.lastIndex = start
  let depth = 0
  for (let m = pattern.exec(html); m !== null; m = pattern.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1
    if (depth === 0) {
      return html.slice(start, m.index + m[0].length)
    }
  }
  throw new Error(`Unbalanced markup for ${id}`)
}

/** Text content of a piece of markup: tags dropped, entities decoded, `<br>` as `\n`. */
export function textOf(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&nbsp;/g, '\u00a0')
}
