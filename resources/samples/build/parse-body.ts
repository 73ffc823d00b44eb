import type {
  Block,
  Item,
  ItemStyle,
  Paragraph,
  Run,
  Section,
  SectionRole,
} from '../../../shared/model/types'
import type { IdSource } from './ids'
import type { SeedOverride } from './overrides/types'
import { cleanLine, plainText, toRuns, wholeLineBold } from './seed-text'

/** The body of a plan as parsed from seed lines. */
export type ParsedBody = {
  readonly preamble: readonly Block[]
  readonly sections: readonly Section[]
  readonly closing: readonly Paragraph[]
}

type Marker = { readonly style: ItemStyle; readonly rank: number; readonly rest: string }

/** A container on the outline stack: a section (rank 0) or an item (rank 1 … 5). */
type Open = { readonly rank: number; readonly children: Block[] }

const SECTION = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+(.+)$/

/** Builds preamble, sections and closing from prepared body lines. */
export function parseBody(
  lines: readonly string[],
  footnotes: ReadonlyMap<string, string>,
  override: SeedOverride,
  ids: IdSource
): ParsedBody {
  const closingCount = override.closingCount ?? 1
  const bodyLines = lines.slice(0, lines.length - closingCount)
  const preamble: Block[] = []
  const sections: { title: string; children: Block[]; id: string }[] = []
  let stack: Open[] = [{ rank: 0, children: preamble }]
  for (const raw of bodyLines) {
    const hadHash = /^#/.test(raw)
    const cleaned = cleanLine(raw)
    const bold = wholeLineBold(cleaned)
    const text = bold ?? cleaned
    const section = SECTION.exec(plainText(text))
    if (section) {
      const open = { title: section[2] ?? '', children: [] as Block[], id: ids.next('s') }
      sections.push(open)
      stack = [{ rank: 0, children: open.children }]
      continue
    }
    const marker = readMarker(text)
    if (!marker) {
      const block = paragraph(text, footnotes, ids)
      const limit = paragraphLimit(plainText(text), override)
      while (stack.length > 1 && (stack[stack.length - 1]?.rank ?? 0) > limit) {
        stack.pop()
      }
      top(stack).children.push(block)
      continue
    }
    while (stack.length > 1 && (stack[stack.length - 1]?.rank ?? 0) >= marker.rank) {
      stack.pop()
    }
    const heading = isHeading(marker, hadHash || bold !== undefined, override)
    const item: Item = {
      type: 'item',
      id: ids.next('b'),
      style: marker.style,
      ...(heading ? { heading: true } : {}),
      content: heading ? [{ text: plainText(marker.rest) }] : toRuns(marker.rest, footnotes, ids),
      children: [],
    }
    top(stack).children.push(item)
    stack.push({ rank: marker.rank, children: item.children as Block[] })
  }
  // Parsed last so that ids follow document order.
  const closing = lines
    .slice(lines.length - closingCount)
    .map(line => paragraph(stripEnd(line), footnotes, ids))
  return {
    preamble,
    sections: sections.map((s, i) => ({
      type: 'section',
      id: s.id,
      role: roleOf(i, sections.length),
      title: s.title,
      children: s.children,
    })),
    closing,
  }
}

function top(stack: readonly Open[]): Open {
  const open = stack[stack.length - 1]
  if (!open) {
    throw new Error('Cannot parse body: empty outline stack')
  }
  return open
}

function readMarker(text: string): Marker | undefined {
  const rules: readonly [RegExp, ItemStyle, number][] = [
    [/^\d+\.\d+\.?\s+/, 'decimal', 2],
    [/^\d+\.\s+/, 'decimal', 1],
    [/^[a-zđ]\)\s+/, 'letter', 3],
    [/^[-–]\s+/, 'dash', 4],
    [/^\+\s+/, 'plus', 5],
  ]
  for (const [pattern, style, rank] of rules) {
    const match = pattern.exec(text)
    if (match) {
      return { style, rank, rest: text.slice(match[0].length) }
    }
  }
  return undefined
}

function isHeading(marker: Marker, marked: boolean, override: SeedOverride): boolean {
  const text = plainText(marker.rest)
  if (override.forceHeading?.some(prefix => text.startsWith(prefix))) {
    return true
  }
  if (marker.style !== 'decimal') {
    return false
  }
  if (marked) {
    return true
  }
  return override.headingRule === 'short' && text.length <= 90 && !/[.;]$/.test(text)
}

/** The deepest rank a paragraph may sit at: inside a letter item at most, unless overridden. */
function paragraphLimit(text: string, override: SeedOverride): number {
  const rule = override.paragraphParent?.find(([prefix]) => text.startsWith(prefix))
  return rule === undefined ? 3 : rule[1] === 'section' ? 0 : 1
}

function paragraph(text: string, footnotes: ReadonlyMap<string, string>, ids: IdSource): Paragraph {
  const content: Run[] = toRuns(cleanLine(text), footnotes, ids)
  return { type: 'paragraph', id: ids.next('b'), content }
}

/** Drops the `./.` end mark (export prints it after the last closing paragraph). */
function stripEnd(line: string): string {
  return line.replace(/\s*\.?\s*\/\.\s*$/, '')
}

function roleOf(index: number, count: number): SectionRole {
  if (index === 0) {
    return 'purpose'
  }
  if (index === count - 1) {
    return 'organization'
  }
  return index === 1 ? 'tasks' : 'extra'
}
