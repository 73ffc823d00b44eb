import type { Bytes } from './bytes'

/** One property modifier: its code and the offset and size of its operand. */
export type Sprm = { readonly code: number; readonly at: number; readonly size: number }

const sprmTDefTable = 0xd608
const sprmTDefTable10 = 0xd606
const sprmPChgTabs = 0xc615

/**
 * Operand size of a sprm ([MS-DOC] 2.2.5.1). Variable-size operands (spra 6) start with a one-byte
 * length, except sprmTDefTable whose length is two bytes (word-extractor 1.0.4 reads one byte
 * there, which is what made it throw `RangeError` on every .doc with a table) and
 * sprmPChgTabs, whose length 255 means "computed from the content".
 */
function operandSize(code: number, data: Bytes, at: number): number {
  switch (code >> 13) {
    case 0:
    case 1:
      return 1
    case 2:
    case 4:
    case 5:
      return 2
    case 3:
      return 4
    case 7:
      return 3
    default:
      if (code === sprmTDefTable || code === sprmTDefTable10) {
        return 2 + data.u16(at) - 1
      }
      if (code === sprmPChgTabs && data.u8(at) === 255) {
        const del = data.u8(at + 1)
        const add = data.u8(at + 2 + del * 4)
        return 1 + 1 + del * 4 + 1 + add * 3
      }
      return 1 + data.u8(at)
  }
}

/** The sprms of a grpprl in `data[from, to)`; a sprm running past the end ends the list. */
export function readSprms(data: Bytes, from: number, to: number): Sprm[] {
  const out: Sprm[] = []
  let at = from
  while (at + 2 <= to) {
    const code = data.u16(at)
    const size = operandSize(code, data, at + 2)
    if (at + 2 + size > to) {
      break
    }
    out.push({ code, at: at + 2, size })
    at += 2 + size
  }
  return out
}
