import type { DocBlock, DocSection } from '../doc-types'
import { flowParagraphs, linePitch } from './pdf-flow'
import { dropFurniture, pageLines } from './pdf-lines'
import { columnOf, gridTable, tableColumns, twoColumnTable } from './pdf-tables'
import type { PdfLine, PdfPage, TextArea } from './pdf-types'

type Kind = 'grid' | 'split' | 'left' | 'right' | 'full'

/** A typed marker alone, set off from its text by a tab (`2.<tab>Yêu cầu`). */
const BARE_MARKER = /^([IVXLC]+|\d+(\.\d+)*|[a-zđ])\s?[.)\-–]$|^[-+•–]$/u

function kindOf(l: PdfLine, mid: number): Kind {
  const [first] = l.segments
  if (l.segments.length >= 3) {
    return 'grid'
  }
  if (l.segments.length === 2) {
    return first && BARE_MARKER.test(first.text) ? 'full' : 'split'
  }
  // The right column of a header or sign-off table often starts a little left of the middle.
  return first && first.x0 > 0.9 * mid ? 'right' : first && first.x1 < mid ? 'left' : 'full'
}

/** A left-column line that still belongs to a sign-off block (a recipient, the archive line). */
const RECIPIENT = /^([-+•–]|lưu\b|nơi nhận)/iu

function textArea(lines: readonly PdfLine[]): TextArea {
  const all = lines.flatMap(l => l.segments)
  const singles = lines.filter(l => l.segments.length === 1).flatMap(l => l.segments)
  return {
    left: (singles.length > 0 ? singles : all).reduce((m, s) => Math.min(m, s.x0), Infinity),
    right: all.reduce((m, s) => Math.max(m, s.x1), -Infinity),
  }
}

/** End (exclusive) of the run of lines from `i` that satisfy `inRun` with no wide gap (pages may turn). */
function runEnd(
  lines: readonly PdfLine[],
  i: number,
  inRun: (l: PdfLine) => boolean,
  maxGap = 4
): number {
  let j = i + 1
  while (j < lines.length) {
    const l = lines[j] as PdfLine
    const prev = lines[j - 1] as PdfLine
    if (!inRun(l) || (l.page === prev.page && prev.y - l.y > maxGap * l.size)) {
      break
    }
    j++
  }
  return j
}

/** Whether a ruled table starts within the next few lines (its header may wrap above). */
function gridSoon(lines: readonly PdfLine[], i: number, mid: number): boolean {
  for (let k = i; k < Math.min(lines.length, i + 4); k++) {
    const l = lines[k] as PdfLine
    if (k > i && (l.page !== lines[k - 1]!.page || lines[k - 1]!.y - l.y > 3 * l.size)) {
      return false
    }
    const kind = kindOf(l, mid)
    if (kind === 'grid') {
      return true
    }
    if (kind === 'full') {
      return false
    }
  }
  return false
}

function gridEnd(lines: readonly PdfLine[], i: number): number {
  const first = tableColumns(lines.slice(i, i + 4))
  return runEnd(lines, i, x => {
    const [seg] = x.segments
    return x.segments.length >= 2 || (seg !== undefined && columnOf(first, seg) > 0)
  })
}

/**
 * End of a two-column block from `i`: split and right-column lines, and left-column lines that
 * are recipients, wrapped text, or sit between two-column lines (an agency on three lines).
 */
function twoColumnEnd(lines: readonly PdfLine[], i: number, mid: number): number {
  const sided = (x: PdfLine | undefined): boolean =>
    x !== undefined && ['split', 'right'].includes(kindOf(x, mid))
  // The signer's name sits below a blank space left for the signature and seal.
  return runEnd(
    lines,
    i,
    x => {
      if (sided(x)) {
        return true
      }
      const text = x.segments[0]?.text ?? ''
      const next = lines[lines.indexOf(x) + 1]
      return (
        kindOf(x, mid) === 'left' && (RECIPIENT.test(text) || /^\p{Ll}/u.test(text) || sided(next))
      )
    },
    9
  )
}

function blocksOf(lines: readonly PdfLine[], area: TextArea, pitch: number): DocBlock[] {
  const mid = (area.left + area.right) / 2
  const blocks: DocBlock[] = []
  let flow: PdfLine[] = []
  const flush = (): void => {
    blocks.push(...flowParagraphs(flow, area, pitch))
    flow = []
  }
  let i = 0
  while (i < lines.length) {
    const l = lines[i] as PdfLine
    const kind = kindOf(l, mid)
    if (kind === 'grid' || ((kind === 'split' || kind === 'right') && gridSoon(lines, i, mid))) {
      const end = gridEnd(lines, i)
      flush()
      blocks.push(gridTable(lines.slice(i, end), tableColumns(lines.slice(i, end))))
      i = end
      continue
    }
    const end = kind === 'split' || kind === 'right' ? twoColumnEnd(lines, i, mid) : i + 1
    const run = lines.slice(i, end)
    // A lone right-aligned line ("Phụ lục") is text, not a two-column block.
    if (run.some(x => kindOf(x, mid) === 'split')) {
      flush()
      blocks.push(twoColumnTable(run, mid))
    } else {
      flow.push(...run)
    }
    i = end
  }
  flush()
  return blocks
}

/**
 * Rebuilds a document from the text layer of a PDF: lines per page, page numbers and running
 * headers dropped, two-column blocks (header, sign-off) and ruled tables (appendices) as tables,
 * the rest as paragraphs; portrait and landscape pages become separate sections.
 */
export function pdfSections(pages: readonly PdfPage[]): DocSection[] {
  const lines = dropFurniture(
    pages.flatMap((p, k) => pageLines(p, k)),
    pages
  )
  if (lines.length === 0) {
    return []
  }
  const area = textArea(
    lines.filter(l => !l.landscape).length > 0 ? lines.filter(l => !l.landscape) : lines
  )
  const pitch = linePitch(lines)
  const sections: DocSection[] = []
  let start = 0
  for (let k = 1; k <= lines.length; k++) {
    if (k === lines.length || lines[k]!.landscape !== lines[start]!.landscape) {
      const part = lines.slice(start, k)
      const landscape = lines[start]!.landscape
      sections.push({ blocks: blocksOf(part, landscape ? textArea(part) : area, pitch), landscape })
      start = k
    }
  }
  return sections
}
