import type { Header } from '../model/types'
import { clean, isEmpty, type PlacedBlock } from './blocks-text'
import { paragraphText, runsPlain } from './doc-types'
import { mapHeader } from './map-header'
import { detectMarker } from './markers'
import { allRuns } from './runs-map'

/** The page-1 header, `KẾ HOẠCH` and the trích yếu, and where the body starts. */
export type TitleRead = { readonly header: Header; readonly subject: string; readonly next: number }

/** Reads the header table (first block), `KẾ HOẠCH` and the bold trích yếu lines under it. */
export function mapTitle(all: readonly PlacedBlock[], notes: string[]): TitleRead {
  let i = 0
  let header: Header = { agency: [], agencyAbbr: 'UBND', place: '', date: {} }
  const firstTable = all.findIndex(x => x.b.kind === 'table')
  const table = all[firstTable]?.b
  if (table?.kind === 'table' && all.slice(0, firstTable).every(x => isEmpty(x.b))) {
    header = mapHeader(table).header
    i = firstTable + 1
  } else {
    notes.push('Không tìm thấy bảng phần đầu văn bản (tên cơ quan, số, ngày tháng).')
  }
  while (i < all.length && all[i] !== undefined && isEmpty((all[i] as PlacedBlock).b)) {
    i++
  }
  const head = all[i]?.b
  if (head?.kind !== 'p' || clean(paragraphText(head)).toLocaleUpperCase('vi') !== 'KẾ HOẠCH') {
    notes.push('Không tìm thấy dòng “KẾ HOẠCH” và trích yếu.')
    return { header, subject: '', next: i }
  }
  i++
  const lines: string[] = []
  for (let b = all[i]?.b; b?.kind === 'p'; b = all[i]?.b) {
    if (isEmpty(b) || !allRuns(b.runs, 'bold') || detectMarker(paragraphText(b))) {
      break
    }
    lines.push(
      runsPlain(b.runs)
        .split('\n')
        .map(l => l.trim())
        .join('\n')
    )
    i++
  }
  return { header, subject: lines.join('\n'), next: i }
}
