import type { OutlineEntry } from '../../../../shared/model/outline'

/** An outline entry with a name, so fixtures read as text. */
export type Named = OutlineEntry & { readonly id: string; readonly role?: string }

/**
 * Parses a fixture outline: `I` `II` `III` are section headings (III is Tổ chức thực hiện), `end`
 * a closing paragraph, `name@depth` a body block; e.g. `I a@0 a1@1 b@0 II c@0 III`.
 */
export function outline(text: string): Named[] {
  return text
    .split(/\s+/)
    .filter(token => token !== '')
    .map((token): Named => {
      if (/^I+$/.test(token)) {
        return { type: 'section', id: token, ...(token === 'III' ? { role: 'organization' } : {}) }
      }
      if (token === 'end') {
        return { type: 'closing', id: token }
      }
      const [id = '', depth = '0'] = token.split('@')
      return { type: 'block', id, depth: Number(depth) }
    })
}

/** Prints an outline back in fixture form. */
export function print(entries: readonly Named[]): string {
  return entries.map(e => (e.type === 'block' ? `${e.id}@${e.depth}` : e.id)).join(' ')
}
