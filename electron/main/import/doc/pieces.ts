import type { Bytes } from './bytes'
import { DocDamaged } from './bytes'

/** One piece of the main text: its characters and the file offset (fc) of each. */
export type TextChars = { readonly text: string; readonly fcs: Uint32Array }

const cp1252 = new TextDecoder('windows-1252')

/** More characters than any plan has; a piece table claiming more is refused. */
const MAX_CHARS = 20_000_000

/**
 * Reads the piece table (Clx: Prc* then Pcdt, [MS-DOC] 2.9.38) from the table stream and returns
 * the first `ccp` characters of the document with the WordDocument offset of each character,
 * so paragraph and character properties (keyed by fc) can be found for them.
 */
export function readText(
  word: Bytes,
  table: Bytes,
  fcClx: number,
  lcbClx: number,
  ccp: number
): TextChars {
  if (ccp > MAX_CHARS) {
    throw new DocDamaged('text length out of range')
  }
  const clx = table.slice(fcClx, lcbClx)
  let at = 0
  while (clx.u8(at) === 0x01) {
    at += 3 + clx.i16(at + 1)
  }
  if (clx.u8(at) !== 0x02) {
    throw new DocDamaged('no piece table')
  }
  const lcb = clx.u32(at + 1)
  const plc = clx.slice(at + 5, lcb)
  const n = (lcb - 4) / 12
  if (!Number.isInteger(n) || n < 1) {
    throw new DocDamaged('bad piece table size')
  }
  const parts: string[] = []
  const fcs = new Uint32Array(ccp)
  let done = 0
  for (let i = 0; i < n && done < ccp; i++) {
    const cpStart = plc.u32(i * 4)
    const cpEnd = plc.u32((i + 1) * 4)
    if (cpEnd < cpStart || cpStart !== done) {
      throw new DocDamaged('pieces out of order')
    }
    const count = Math.min(cpEnd, ccp) - cpStart
    const raw = plc.u32((n + 1) * 4 + i * 8 + 2)
    const compressed = (raw & 0x40000000) !== 0
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw
    const width = compressed ? 1 : 2
    const bytes = word.slice(fc, count * width).data
    const text = compressed ? cp1252.decode(bytes) : new TextDecoder('utf-16le').decode(bytes)
    if (text.length !== count) {
      throw new DocDamaged('piece text length mismatch')
    }
    for (let k = 0; k < count; k++) {
      fcs[done + k] = fc + k * width
    }
    parts.push(text)
    done += count
  }
  if (done < ccp) {
    throw new DocDamaged('piece table shorter than the text')
  }
  return { text: parts.join(''), fcs }
}
