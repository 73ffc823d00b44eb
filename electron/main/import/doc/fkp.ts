import type { Bytes } from './bytes'
import { DocDamaged } from './bytes'
import { readSprms, type Sprm } from './sprms'

/** Properties that apply to the text between two file offsets. */
export type FcRun = {
  readonly start: number
  readonly end: number
  readonly sprms: readonly Sprm[]
  readonly data: Bytes
  readonly istd: number
}

/** Formatted disk pages are 512 bytes; this many pages covers any plan. */
const MAX_PAGES = 100_000

/**
 * Reads every run of a PlcBtePapx or PlcBteChpx ([MS-DOC] 2.8.x): each entry points to a 512-byte
 * FKP in the WordDocument stream holding runs (start/end fc) and their grpprl.
 */
export function readFkpRuns(
  word: Bytes,
  table: Bytes,
  fc: number,
  lcb: number,
  kind: 'papx' | 'chpx'
): FcRun[] {
  if (lcb < 4) {
    return []
  }
  const plc = table.slice(fc, lcb)
  const n = (lcb - 4) / 8
  if (!Number.isInteger(n) || n > MAX_PAGES) {
    throw new DocDamaged('bad bin table')
  }
  const runs: FcRun[] = []
  for (let i = 0; i < n; i++) {
    const page = word.slice((plc.u32((n + 1) * 4 + i * 4) & 0x3fffff) * 512, 512)
    const crun = page.u8(511)
    for (let j = 0; j < crun; j++) {
      const start = page.u32(j * 4)
      const end = page.u32((j + 1) * 4)
      runs.push(kind === 'papx' ? papx(page, crun, j, start, end) : chpx(page, crun, j, start, end))
    }
  }
  return runs.sort((a, b) => a.start - b.start)
}

function papx(page: Bytes, crun: number, j: number, start: number, end: number): FcRun {
  const offset = page.u8((crun + 1) * 4 + j * 13) * 2
  if (offset === 0) {
    return { start, end, sprms: [], data: page, istd: 0 }
  }
  const cb = page.u8(offset)
  const from = cb !== 0 ? offset + 1 : offset + 2
  const size = cb !== 0 ? 2 * cb - 1 : 2 * page.u8(offset + 1)
  const to = Math.min(512, from + size)
  return { start, end, sprms: readSprms(page, from + 2, to), data: page, istd: page.u16(from) }
}

function chpx(page: Bytes, crun: number, j: number, start: number, end: number): FcRun {
  const offset = page.u8((crun + 1) * 4 + j) * 2
  if (offset === 0) {
    return { start, end, sprms: [], data: page, istd: 0 }
  }
  const cb = page.u8(offset)
  return {
    start,
    end,
    sprms: readSprms(page, offset + 1, Math.min(512, offset + 1 + cb)),
    data: page,
    istd: 0,
  }
}

/** The run holding file offset `fc` (binary search over runs sorted by start), if any. */
export function runAt(runs: readonly FcRun[], fc: number): FcRun | undefined {
  let lo = 0
  let hi = runs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const r = runs[mid] as FcRun
    if (fc < r.start) {
      hi = mid - 1
    } else if (fc >= r.end) {
      lo = mid + 1
    } else {
      return r
    }
  }
  return undefined
}
