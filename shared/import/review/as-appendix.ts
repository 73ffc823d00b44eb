import { createAppendix } from '../../model/table-presets'
import type { Plan } from '../../model/types'
import { runsText } from '../../text/runs'
import type { DocRow, DocTable } from '../doc-types'
import { mapTaskTable } from '../map-appendix'
import { cutAt, removeAt } from './block-path'
import { containerBlocks, locateParagraph, withContainer } from './take-paragraph'

const CELL_JOIN = ' | '

function docRow(text: string, header: boolean): DocRow {
  return {
    header,
    cells: text.split(CELL_JOIN).map(t => ({
      span: 1,
      paragraphs: [{ kind: 'p', runs: [{ text: t.trim(), bold: false, italic: false }] }],
    })),
  }
}

/**
 * Makes a loose paragraph the title of a new appendix. The plain paragraphs right after it that
 * hold a table the import could not read (its rows kept as `cell | cell | …`) become the task
 * table, the first of them its header; without such rows the appendix starts empty with the
 * usual PAPI columns. Unchanged when `id` is no loose paragraph.
 */
export function asAppendix(plan: Plan, id: string): Plan {
  const at = locateParagraph(plan, id)
  if (!at) {
    return plan
  }
  const blocks = containerBlocks(plan, at.container)
  const cut = cutAt(blocks, at.path)
  const title = runsText(cut.paragraph.content)
    .replace(/^\s*PHỤ\s+LỤC(\s+[IVXLC\d]+)?\s*[:.\-–]?\s*/iu, '')
    .replace(/\s+/g, ' ')
    .trim()
  // Rows are taken only from the paragraph's own level, so nothing else changes place.
  const siblings = at.path.length === 1 ? cut.after : []
  let end = 0
  while (end < siblings.length) {
    const b = siblings[end]
    if (b?.type !== 'paragraph' || !runsText(b.content).includes(CELL_JOIN)) {
      break
    }
    end++
  }
  const rows = siblings.slice(0, end).map(b => runsText(b.content))
  const table: DocTable = {
    kind: 'table',
    grid: (rows[0] ?? '').split(CELL_JOIN).map(() => 1),
    rows: rows.map((r, i) => docRow(r, i === 0)),
  }
  const appendix =
    rows.length >= 2 ? mapTaskTable(table, title, true) : createAppendix('papi-002', title)
  const rest =
    rows.length >= 2 ? [...cut.before, ...siblings.slice(end)] : removeAt(blocks, at.path)
  const next = withContainer(plan, at.container, rest)
  return { ...next, appendices: [...next.appendices, appendix] }
}
