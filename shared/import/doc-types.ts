/** The intermediate document read from WordprocessingML, before it is mapped onto a plan. */

/** A run of text with its emphasis; `footnote` holds the runs of a footnote referenced here. */
export type DocRun = {
  readonly text: string
  readonly bold: boolean
  readonly italic: boolean
  readonly footnote?: readonly DocRun[]
}

/** A paragraph; an automatic list number is resolved to text (`1.`, `a)`, `-`) in `autoLabel`. */
export type DocParagraph = {
  readonly kind: 'p'
  readonly runs: readonly DocRun[]
  readonly autoLabel?: string
  /** Heading level from the paragraph style (`Heading 1`, `Tiêu đề 1` → 1). */
  readonly heading?: number
}

/** A table cell: its paragraphs, how many grid columns it spans, and its vertical merge. */
export type DocCell = {
  readonly paragraphs: readonly DocParagraph[]
  readonly span: number
  readonly vMerge?: 'restart' | 'continue'
}

/** A table row; `header` marks a repeated header row (`w:tblHeader`). */
export type DocRow = { readonly cells: readonly DocCell[]; readonly header: boolean }

/** A table with its grid column widths in twips. */
export type DocTable = {
  readonly kind: 'table'
  readonly grid: readonly number[]
  readonly rows: readonly DocRow[]
  /** Built from text boxes anchored in one paragraph (each box one cell). */
  readonly textBox?: boolean
}

/** A body block. */
export type DocBlock = DocParagraph | DocTable

/** A Word section (page setup run): its blocks and orientation. */
export type DocSection = { readonly blocks: readonly DocBlock[]; readonly landscape: boolean }

/** Plain text of runs (footnotes excluded). */
export function runsPlain(runs: readonly DocRun[]): string {
  return runs.map(r => r.text).join('')
}

/** Plain text of a paragraph including its automatic label. */
export function paragraphText(p: DocParagraph): string {
  return `${p.autoLabel === undefined ? '' : `${p.autoLabel} `}${runsPlain(p.runs)}`
}

/** Splits a paragraph at a character (`\n` soft breaks, `\t` tabs) into paragraphs of its runs. */
export function splitParagraph(p: DocParagraph, sep: '\n' | '\t'): DocParagraph[] {
  const out: DocRun[][] = [[]]
  for (const r of p.runs) {
    r.text.split(sep).forEach((piece, i) => {
      if (i > 0) {
        out.push([])
      }
      if (piece !== '' || r.footnote) {
        ;(out[out.length - 1] as DocRun[]).push({ ...r, text: piece })
      }
    })
  }
  if (out.length === 1) {
    return [p]
  }
  return out.map((runs, i) =>
    i === 0 && p.autoLabel !== undefined
      ? { kind: 'p', runs, autoLabel: p.autoLabel }
      : { kind: 'p', runs }
  )
}
