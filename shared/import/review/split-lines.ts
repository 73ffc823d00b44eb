/** The non-empty lines of a text: line breaks split, blanks collapsed, each trimmed. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(l => l.replace(/\s+/g, ' ').trim())
    .filter(l => l !== '')
}
