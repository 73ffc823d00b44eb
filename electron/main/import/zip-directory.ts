import { err, ok, type Result } from '../../../shared/result'
import { BAD_COUNT, TOO_BIG, TRUNCATED } from './zip-messages'

/** What fflate's directory walk does not report for a part: its CRC-32 and where it starts. */
export type DirectoryRecord = {
  readonly crc: number
  readonly compressed: number
  readonly offset: number
}

function findEnd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 65557)
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      return i
    }
  }
  return -1
}

/**
 * Walks the central directory only to check what fflate's `unzipSync` takes on trust: it reads
 * as many entries as the end record claims without checking their signatures (a count that lies
 * makes it read past the directory), does not compare the directory's declared size with what it
 * walked, and reports neither CRC-32 nor the local header offset. Sizes, names and the inflating
 * itself are left to fflate.
 */
export function readDirectory(bytes: Uint8Array, maxEntries: number): Result<DirectoryRecord[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = bytes.byteLength >= 22 ? findEnd(view) : -1
  if (end < 0) {
    return err('truncated', TRUNCATED)
  }
  const count = view.getUint16(end + 10, true)
  const dirOffset = view.getUint32(end + 16, true)
  const dirEnd = dirOffset + view.getUint32(end + 12, true)
  if (count > maxEntries) {
    return err('too-large', TOO_BIG)
  }
  if (dirEnd > end) {
    return err('truncated', TRUNCATED)
  }
  const records: DirectoryRecord[] = []
  let p = dirOffset
  for (let k = 0; k < count; k++) {
    if (p + 46 > end || view.getUint32(p, true) !== 0x02014b50) {
      return p === dirOffset ? err('truncated', TRUNCATED) : err('bad-count', BAD_COUNT)
    }
    records.push({
      crc: view.getUint32(p + 16, true),
      compressed: view.getUint32(p + 20, true),
      offset: view.getUint32(p + 42, true),
    })
    // Name, extra field and comment follow the fixed 46 bytes.
    p +=
      46 +
      view.getUint16(p + 28, true) +
      view.getUint16(p + 30, true) +
      view.getUint16(p + 32, true)
  }
  // Entries left over (or missing) in the directory: the count in the end record lies.
  return p === dirEnd ? ok(records) : err('bad-count', BAD_COUNT)
}
