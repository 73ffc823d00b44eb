import type { DocRun } from '../doc-types'
import { mergeRuns, runsText, trimRuns } from './pdf-runs'
import type { PdfItem, PdfLine, PdfPage, Segment } from './pdf-types'

/** A gap wider than this many font sizes separates two columns of a line. */
const COLUMN_GAP = 1.0

type Open = { runs: DocRun[]; x0: number; x1: number; size: number }

function segmentsOf(items: readonly PdfItem[]): Segment[] {
  const out: Open[] = []
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const last = out[out.length - 1]
    const run = { text: it.text, bold: it.bold, italic: it.italic }
    if (last && it.x - last.x1 <= COLUMN_GAP * Math.max(it.size, last.size)) {
      const space = it.x - last.x1 > it.size * 0.15 ? [{ ...run, text: ' ' }] : []
      last.runs.push(...space, run)
      last.x1 = Math.max(last.x1, it.x + it.width)
    } else {
      out.push({ runs: [run], x0: it.x, x1: it.x + it.width, size: it.size })
    }
  }
  return out
    .map(s => {
      const runs = trimRuns(mergeRuns(s.runs))
      return { runs, text: runsText(runs), x0: s.x0, x1: s.x1 }
    })
    .filter(s => s.text !== '')
}

/**
 * Groups a page's items into lines, top to bottom: items whose baselines are closer than half a
 * font size share a line (a 12 pt and a 14 pt cell side by side sit a little apart).
 */
export function pageLines(page: PdfPage, index: number): PdfLine[] {
  const items = page.items.filter(i => i.text.trim() !== '' && i.size > 0)
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: PdfItem[][] = []
  for (const it of sorted) {
    const g = groups[groups.length - 1]
    const first = g?.[0]
    if (g && first && Math.abs(first.y - it.y) <= 0.5 * Math.max(first.size, it.size)) {
      g.push(it)
    } else {
      groups.push([it])
    }
  }
  return groups.map(g => ({
    page: index,
    y: g.reduce((m, i) => Math.max(m, i.y), -Infinity),
    size: g.reduce((m, i) => Math.max(m, i.size), 0),
    segments: segmentsOf(g),
    landscape: page.width > page.height,
  }))
}

const PAGE_NUMBER = /^(trang\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(\s*\/\s*\d{1,4})?$/iu

/**
 * Drops page furniture: page numbers in the top or bottom tenth of a page, and any line that
 * repeats at the same height on several pages (running headers and footers).
 */
export function dropFurniture(lines: readonly PdfLine[], pages: readonly PdfPage[]): PdfLine[] {
  const key = (l: PdfLine): string =>
    `${Math.round(l.y)}|${l.segments
      .map(s => s.text)
      .join(' ')
      .replace(/\d+/g, '#')}`
  const seen = new Map<string, Set<number>>()
  for (const l of lines) {
    seen.set(key(l), (seen.get(key(l)) ?? new Set()).add(l.page))
  }
  return lines.filter(l => {
    const height = pages[l.page]?.height ?? 842
    const margin = l.y > height * 0.9 || l.y < height * 0.1
    const text = l.segments.map(s => s.text).join(' ')
    const repeated = (seen.get(key(l))?.size ?? 0) >= 3
    return !(margin && (PAGE_NUMBER.test(text) || repeated))
  })
}
