import type { DocParagraph, DocRun } from '../doc-types'
import { joinRuns } from './pdf-runs'
import type { PdfLine, TextArea } from './pdf-types'

/** A typed marker that starts a paragraph: I. 1. 1.1. a) - + and the dash forms. */
const MARKER = /^([IVXLC]+\s?[.\-–]|\d+(\.\d+)*\s?[.\-–)]|[a-zđ][).-]|[-+•–])\s/u
const LOWER = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/u

/** Typical distance between two lines of one paragraph (median baseline step on a page). */
export function linePitch(lines: readonly PdfLine[]): number {
  const steps: number[] = []
  lines.forEach((l, i) => {
    const prev = lines[i - 1]
    if (prev && prev.page === l.page && prev.y > l.y) {
      steps.push(prev.y - l.y)
    }
  })
  steps.sort((a, b) => a - b)
  return steps[Math.floor(steps.length / 2)] ?? 16
}

type Open = { runs: DocRun[]; last: PdfLine }

function startsNew(o: Open, l: PdfLine, area: TextArea, pitch: number): boolean {
  const seg = l.segments[0]
  const prev = o.last.segments[o.last.segments.length - 1]
  if (!seg || !prev) {
    return true
  }
  const samePage = o.last.page === l.page
  if (MARKER.test(seg.text)) {
    return true
  }
  if (samePage && o.last.y - l.y > 1.45 * pitch) {
    return true
  }
  if (LOWER.test(seg.text)) {
    return false
  }
  const indented = seg.x0 > area.left + 0.8 * l.size
  const endedShort = prev.x1 < area.right - 2.5 * o.last.size
  return indented || endedShort
}

/**
 * Rebuilds paragraphs from single-column lines: a line continues the paragraph above unless it
 * starts with a typed marker, is indented (first-line indent, centred titles), follows a
 * visibly larger gap, or the line above ended well short of the right edge. Lines are joined
 * with a space — Vietnamese is not hyphenated.
 */
export function flowParagraphs(
  lines: readonly PdfLine[],
  area: TextArea,
  pitch: number
): DocParagraph[] {
  const out: Open[] = []
  for (const l of lines) {
    const runs = l.segments.reduce<DocRun[]>((acc, s) => joinRuns(acc, s.runs), [])
    const open = out[out.length - 1]
    if (open && !startsNew(open, l, area, pitch)) {
      open.runs = joinRuns(open.runs, runs)
      open.last = l
    } else {
      out.push({ runs, last: l })
    }
  }
  return out.map(o => ({ kind: 'p', runs: o.runs }))
}
