import type { Header } from '../model/types'
import { clean, isEmpty, type PlacedBlock } from './blocks-text'
import {
  paragraphText,
  runsPlain,
  splitParagraph,
  type DocCell,
  type DocParagraph,
  type DocTable,
} from './doc-types'
import { mapHeader } from './map-header'
import { detectMarker } from './markers'
import type { Inference } from './report'
import { allRuns } from './runs-map'

/** The page-1 header, `KẾ HOẠCH` and the trích yếu, and where the body starts. */
export type TitleRead = { readonly header: Header; readonly subject: string; readonly next: number }

const isTitle = (p: DocParagraph): boolean =>
  clean(paragraphText(splitParagraph(p, '\n')[0] ?? p)).toLocaleUpperCase('vi') === 'KẾ HOẠCH'

/** How far to look for `KẾ HOẠCH` when the header is not one table. */
const LOOK = 40

/**
 * The header written outside one table (text boxes, tab-separated lines, loose paragraphs) as a
 * two-cell table: left pieces (before a tab, first box or cell) hold the agency, the rest the
 * Quốc hiệu, number and date.
 */
function synthetic(blocks: readonly PlacedBlock[]): DocTable {
  const left: DocParagraph[] = []
  const right: DocParagraph[] = []
  for (const { b } of blocks) {
    if (b.kind === 'table') {
      for (const row of b.rows) {
        row.cells.forEach((c, i) => (i === 0 ? left : right).push(...c.paragraphs))
      }
      continue
    }
    splitParagraph(b, '\t')
      .filter(p => !isEmpty(p))
      .forEach((p, i) => (i === 0 ? left : right).push(p))
  }
  const cell = (paragraphs: DocParagraph[]): DocCell => ({ paragraphs, span: 1 })
  return { kind: 'table', grid: [], rows: [{ cells: [cell(left), cell(right)], header: false }] }
}

/** Reads the header (a table, text boxes or lines), `KẾ HOẠCH` and the bold trích yếu lines. */
export function mapTitle(
  all: readonly PlacedBlock[],
  notes: string[],
  inferred: Inference[] = []
): TitleRead {
  let i = 0
  let header: Header = { agency: [], agencyAbbr: 'UBND', place: '', date: {} }
  let abbrRead = false
  const firstTable = all.findIndex(x => x.b.kind === 'table')
  const table = all[firstTable]?.b
  const titleAt = all.findIndex((x, k) => k < LOOK && x.b.kind === 'p' && isTitle(x.b))
  if (
    table?.kind === 'table' &&
    !table.textBox &&
    all.slice(0, firstTable).every(x => isEmpty(x.b)) &&
    (titleAt < 0 || firstTable < titleAt)
  ) {
    const read = mapHeader(table)
    header = read.header
    abbrRead = read.abbrRead
    i = firstTable + 1
    const nested = table.rows.length === 1 && table.rows[0]?.cells.length === 1
    inferred.push({
      part: 'header',
      source: nested ? 'nested-table' : 'table',
      message: nested
        ? 'Phần đầu văn bản lấy từ bảng lồng trong bảng đầu trang.'
        : 'Phần đầu văn bản lấy từ bảng đầu trang.',
    })
  } else if (titleAt > 0) {
    const before = all.slice(0, titleAt)
    const read = mapHeader(synthetic(before))
    header = read.header
    abbrRead = read.abbrRead
    i = titleAt
    const boxes = before.some(x => x.b.kind === 'table' && x.b.textBox)
    const tabs = before.some(x => x.b.kind === 'p' && runsPlain(x.b.runs).includes('\t'))
    inferred.push({
      part: 'header',
      source: boxes ? 'text-box' : tabs ? 'tabs' : 'paragraphs',
      message: boxes
        ? 'Phần đầu văn bản lấy từ các hộp văn bản (text box) đầu trang.'
        : tabs
          ? 'Phần đầu văn bản tách từ các dòng có dấu tab.'
          : 'Phần đầu văn bản lấy từ các đoạn trước dòng “KẾ HOẠCH”.',
      uncertain: true,
    })
  } else {
    notes.push('Không tìm thấy bảng phần đầu văn bản (tên cơ quan, số, ngày tháng).')
  }
  if (!abbrRead && header.agency.length > 0) {
    inferred.push({
      part: 'header',
      source: 'agency',
      message: `Ký hiệu “KH-${header.agencyAbbr}” suy ra từ tên cơ quan (không có dòng “Số: …/KH-…”).`,
      uncertain: true,
    })
  }
  while (i < all.length && all[i] !== undefined && isEmpty((all[i] as PlacedBlock).b)) {
    i++
  }
  const head = all[i]?.b
  if (head?.kind !== 'p' || !isTitle(head)) {
    notes.push('Không tìm thấy dòng “KẾ HOẠCH” và trích yếu.')
    return { header, subject: '', next: i }
  }
  i++
  const lines: string[] = []
  const own = splitParagraph(head, '\n').slice(1)
  if (own.length > 0) {
    inferred.push({
      part: 'subject',
      source: 'line-breaks',
      message: 'Trích yếu tách từ đoạn “KẾ HOẠCH” có ngắt dòng.',
    })
  }
  const take = (b: DocParagraph): void => {
    lines.push(
      runsPlain(b.runs)
        .split('\n')
        .map(l => l.trim())
        .filter(l => l !== '')
        .join('\n')
    )
  }
  own.filter(b => !isEmpty(b)).forEach(take)
  for (let b = all[i]?.b; b?.kind === 'p'; b = all[i]?.b) {
    if (
      isEmpty(b) ||
      b.heading !== undefined ||
      !allRuns(b.runs, 'bold') ||
      detectMarker(paragraphText(b))
    ) {
      break
    }
    take(b)
    i++
  }
  return { header, subject: lines.join('\n'), next: i }
}
