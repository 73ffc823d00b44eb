import type { FcRun } from './fkp'

/** Paragraph properties the import uses. */
export type ParaProps = {
  readonly inTable: boolean
  /** The paragraph is a table row's end mark (TTP). */
  readonly rowEnd: boolean
  /** Table depth (1 = outer table); nested content is flattened into the outer cell. */
  readonly depth: number
  readonly innerCell: boolean
  readonly innerRowEnd: boolean
  /** Heading level from the fixed built-in style indexes 1–9 (Heading 1–9). */
  readonly heading?: number
  /** Row definition from sprmTDefTable, on row ends. */
  readonly row?: RowDef
  readonly headerRow: boolean
}

/** A row's cell boundaries (twips) and each cell's merge flags. */
export type RowDef = {
  readonly edges: readonly number[]
  readonly cells: readonly { readonly hMerged: boolean; readonly vMerge?: 'restart' | 'continue' }[]
}

/** Character properties the import uses. */
export type CharProps = {
  readonly bold: boolean
  readonly italic: boolean
  /** Deleted in tracked changes, or hidden: not part of the text. */
  readonly dropped: boolean
  /** The character is a special object (picture, footnote reference, field char). */
  readonly special: boolean
}

const toggle = (v: number): boolean => v === 1 || v === 0x81

/** Reads paragraph properties from a PAPX run (defaults when there is none). */
export function paraProps(run: FcRun | undefined): ParaProps {
  const props = {
    inTable: false,
    rowEnd: false,
    depth: 0,
    innerCell: false,
    innerRowEnd: false,
    headerRow: false,
  } as { -readonly [K in keyof ParaProps]: ParaProps[K] }
  if (!run) {
    return props
  }
  if (run.istd >= 1 && run.istd <= 9) {
    props.heading = run.istd
  }
  for (const s of run.sprms) {
    const v = s.size >= 1 ? run.data.u8(s.at) : 0
    if (s.code === 0x2416) {
      props.inTable = v !== 0
    } else if (s.code === 0x2417) {
      props.rowEnd = v !== 0
    } else if (s.code === 0x6649) {
      props.depth = run.data.u32(s.at)
    } else if (s.code === 0x244b) {
      props.innerCell = v !== 0
    } else if (s.code === 0x244c) {
      props.innerRowEnd = v !== 0
    } else if (s.code === 0x3404) {
      props.headerRow = v !== 0
    } else if (s.code === 0xd608) {
      props.row = rowDef(run, s.at)
    }
  }
  if (props.inTable && props.depth === 0) {
    props.depth = 1
  }
  return props
}

/** TDefTableOperand: cb, itcMac, rgdxaCenter[itcMac+1], rgTc80[…] of 20 bytes each. */
function rowDef(run: FcRun, at: number): RowDef {
  const end = at + 2 + run.data.u16(at) - 1
  const count = run.data.u8(at + 2)
  const edges: number[] = []
  for (let i = 0; i <= count; i++) {
    edges.push(run.data.i16(at + 3 + i * 2))
  }
  const tcs = at + 3 + (count + 1) * 2
  const cells = edges.slice(1).map((_, i) => {
    const tc = tcs + i * 20
    if (tc + 2 > end) {
      return { hMerged: false }
    }
    const flags = run.data.u16(tc)
    const vertMerge = (flags & 0x20) !== 0
    return {
      hMerged: (flags & 0x02) !== 0,
      ...(vertMerge
        ? { vMerge: (flags & 0x40) !== 0 ? ('restart' as const) : ('continue' as const) }
        : {}),
    }
  })
  return { edges, cells }
}

/** Reads character properties from a CHPX run (defaults when there is none). */
export function charProps(run: FcRun | undefined): CharProps {
  const props = { bold: false, italic: false, dropped: false, special: false }
  for (const s of run?.sprms ?? []) {
    const v = (run as FcRun).data.u8(s.at)
    if (s.code === 0x0835) {
      props.bold = toggle(v)
    } else if (s.code === 0x0836) {
      props.italic = toggle(v)
    } else if (s.code === 0x0800 || s.code === 0x083c) {
      props.dropped ||= toggle(v)
    } else if (s.code === 0x0855) {
      props.special = toggle(v)
    }
  }
  return props
}
