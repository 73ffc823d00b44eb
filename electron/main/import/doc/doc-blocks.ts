import type { DocBlock, DocParagraph, DocRun } from '../../../../shared/import/doc-types'
import { runAt, type FcRun } from './fkp'
import type { TextChars } from './pieces'
import { charProps, paraProps, type CharProps } from './props'
import { buildTable, type RawRow } from './doc-tables'

/** Characters that stand for themselves in a run's text. */
const MAPPED: Readonly<Record<string, string>> = {
  '\x0b': '\n',
  '\x0e': '\n',
  '\t': '\t',
  '\x1e': '-',
}

/** What the walk has collected so far: blocks, the open paragraph's runs, the open table. */
type Walk = {
  blocks: DocBlock[]
  runs: DocRun[]
  cell: DocParagraph[]
  cells: DocParagraph[][]
  rows: RawRow[]
}

function addChar(w: Walk, ch: string, cp: CharProps): void {
  const last = w.runs[w.runs.length - 1]
  if (last && last.bold === cp.bold && last.italic === cp.italic) {
    w.runs[w.runs.length - 1] = { ...last, text: last.text + ch }
  } else {
    w.runs.push({ text: ch, bold: cp.bold, italic: cp.italic })
  }
}

function closeTable(w: Walk): void {
  if (w.cells.length > 0 || w.cell.length > 0) {
    // Cells with no row end: keep them as a last row rather than lose their text.
    w.rows.push({ cells: [...w.cells, ...(w.cell.length > 0 ? [w.cell] : [])], header: false })
    w.cells = []
    w.cell = []
  }
  if (w.rows.length > 0) {
    w.blocks.push(buildTable(w.rows))
    w.rows = []
  }
}

/**
 * Walks the main text of a .doc: field instructions, deleted and hidden text and object marks
 * are dropped; paragraph marks end paragraphs; cell marks (`\x07`) end cells and, on a row-end
 * paragraph (TTP), rows; nested tables are flattened into their outer cell.
 */
export function docBlocks(
  chars: TextChars,
  papx: readonly FcRun[],
  chpx: readonly FcRun[]
): DocBlock[] {
  const w: Walk = { blocks: [], runs: [], cell: [], cells: [], rows: [] }
  const fields: ('code' | 'result')[] = []
  let chRun: FcRun | undefined
  let cp = charProps(undefined)
  for (let i = 0; i < chars.text.length; i++) {
    const ch = chars.text[i] as string
    const fc = chars.fcs[i] as number
    if (ch === '\r' || ch === '\x07' || ch === '\x0c') {
      endParagraph(w, ch, paraProps(runAt(papx, fc)))
      continue
    }
    if (ch === '\x13') {
      fields.push('code')
    } else if (ch === '\x14') {
      fields[fields.length - 1] = 'result'
    } else if (ch === '\x15') {
      fields.pop()
    }
    if (!chRun || fc < chRun.start || fc >= chRun.end) {
      chRun = runAt(chpx, fc)
      cp = charProps(chRun)
    }
    const code = ch.charCodeAt(0)
    if (cp.dropped || fields.includes('code') || (code < 0x20 && MAPPED[ch] === undefined)) {
      continue
    }
    addChar(w, code < 0x20 ? (MAPPED[ch] as string) : ch, cp)
  }
  endParagraph(w, '\r', paraProps(undefined))
  closeTable(w)
  return w.blocks
}

function endParagraph(w: Walk, mark: string, pp: ReturnType<typeof paraProps>): void {
  const para: DocParagraph = {
    kind: 'p',
    runs: w.runs,
    ...(pp.heading !== undefined && pp.depth === 0 ? { heading: pp.heading } : {}),
  }
  w.runs = []
  if (mark === '\x07' && pp.depth <= 1 && pp.rowEnd) {
    w.rows.push({ cells: w.cells, header: pp.headerRow, ...(pp.row ? { def: pp.row } : {}) })
    w.cells = []
    w.cell = []
  } else if (mark === '\x07' && pp.depth <= 1 && pp.inTable) {
    w.cells.push([...w.cell, para])
    w.cell = []
  } else if (pp.depth >= 1) {
    if (!(pp.depth > 1 && pp.innerRowEnd)) {
      w.cell.push(para)
    }
  } else {
    closeTable(w)
    if (para.runs.length > 0 || mark !== '\x0c') {
      w.blocks.push(para)
    }
  }
}
