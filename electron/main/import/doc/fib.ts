import type { Bytes } from './bytes'
import { DocDamaged } from './bytes'

/** What the import needs from a Word 97–2003 File Information Block ([MS-DOC] 2.5.1). */
export type Fib = {
  readonly encrypted: boolean
  /** `1Table` or `0Table`: the stream holding the piece table and the property tables. */
  readonly tableStream: '0Table' | '1Table'
  /** Characters of the main document story. */
  readonly ccpText: number
  /** Offset/size pairs in the table stream, by FibRgFcLcb97 index. */
  readonly fcLcb: (index: number) => { readonly fc: number; readonly lcb: number }
}

/** FibRgFcLcb97 indexes of the tables read. */
export const FC = { plcfSed: 6, plcfBteChpx: 12, plcfBtePapx: 13, clx: 33 } as const

/** Word 6/95 files have another FIB layout; Word 97 starts at nFib 0x00C1. */
const WORD97 = 0x00c1

/**
 * Reads the FIB at the start of the WordDocument stream. Throws `DocDamaged` when the magic
 * number is wrong; `tooOld` is true for Word 6/95 files.
 */
export function readFib(word: Bytes): Fib & { readonly tooOld: boolean } {
  if (word.u16(0) !== 0xa5ec) {
    throw new DocDamaged('no Word magic number')
  }
  const nFib = word.u16(2)
  const flags = word.u16(0x0a)
  const csw = word.u16(32)
  const lw = 32 + 2 + csw * 2
  const cslw = word.u16(lw)
  const ccpText = word.u32(lw + 2 + 3 * 4)
  const rg = lw + 2 + cslw * 4
  const count = word.u16(rg)
  return {
    tooOld: nFib < WORD97,
    encrypted: (flags & 0x0100) !== 0,
    tableStream: (flags & 0x0200) !== 0 ? '1Table' : '0Table',
    ccpText,
    fcLcb: index => {
      if (index >= count) {
        return { fc: 0, lcb: 0 }
      }
      return { fc: word.u32(rg + 2 + index * 8), lcb: word.u32(rg + 2 + index * 8 + 4) }
    },
  }
}
