import { crc32, inflateRawSync } from 'node:zlib'
import { err, ok, type Result } from '../../../shared/ipc/result'

/** Limits that keep a hostile archive (zip bomb) from exhausting memory. */
export type ZipLimits = {
  readonly maxEntries: number
  readonly maxEntryBytes: number
  readonly maxTotalBytes: number
  readonly maxRatio: number
}

/** Defaults: 100 MB in all, 50 MB per part, 200:1 compression, 5 000 parts. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
  maxRatio: 200,
}

type Entry = { method: number; crc: number; compressed: number; size: number; offset: number }

/** A checked zip archive: names of its parts and a reader for one part. */
export type ZipArchive = {
  readonly names: readonly string[]
  /** The bytes of a part, undefined when absent; a failure when it is corrupt or too big. */
  read(name: string): Result<Uint8Array> | undefined
}

const TOO_BIG = 'Tệp .docx quá lớn hoặc có dấu hiệu bị nén bất thường (zip bomb); không nhập.'
const TRUNCATED = 'Tệp .docx bị hỏng hoặc không đầy đủ (tệp nén bị cắt cụt).'
const BAD_COUNT =
  'Tệp .docx bị hỏng: số phần ghi trong mục lục tệp nén không khớp với các phần thực có.'
const SIZE_LIE =
  'Tệp .docx bị hỏng hoặc bị sửa: kích thước ghi trong tệp nén không khớp với nội dung thật.'
const BAD_CRC = 'Tệp .docx bị hỏng: dữ liệu một phần của tệp không khớp mã kiểm tra (CRC-32).'

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
 * Reads the central directory of a zip held in memory, checking every declared size and the
 * entry count; each part read is inflated within its declared size and checked against its
 * CRC-32. Each kind of damage has its own code and Vietnamese message.
 */
export function openZip(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS
): Result<ZipArchive> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = bytes.byteLength >= 22 ? findEnd(view) : -1
  if (end < 0) {
    return err('truncated', TRUNCATED)
  }
  const count = view.getUint16(end + 10, true)
  const dirSize = view.getUint32(end + 12, true)
  const dirOffset = view.getUint32(end + 16, true)
  if (count > limits.maxEntries) {
    return err('too-large', TOO_BIG)
  }
  if (dirOffset + dirSize > end) {
    return err('truncated', TRUNCATED)
  }
  const entries = new Map<string, Entry>()
  let p = dirOffset
  let total = 0
  const decoder = new TextDecoder()
  for (let k = 0; k < count; k++) {
    if (p + 46 > end) {
      return err('bad-count', BAD_COUNT)
    }
    if (view.getUint32(p, true) !== 0x02014b50) {
      return err(
        p === dirOffset ? 'truncated' : 'bad-count',
        p === dirOffset ? TRUNCATED : BAD_COUNT
      )
    }
    const method = view.getUint16(p + 10, true)
    const crc = view.getUint32(p + 16, true)
    const compressed = view.getUint32(p + 20, true)
    const size = view.getUint32(p + 24, true)
    const nameLength = view.getUint16(p + 28, true)
    const skip = nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
    const offset = view.getUint32(p + 42, true)
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength))
    p += 46 + skip
    total += size
    const ratio = size / Math.max(1, compressed)
    if (
      size > limits.maxEntryBytes ||
      total > limits.maxTotalBytes ||
      (size > 1024 * 1024 && ratio > limits.maxRatio)
    ) {
      return err('too-large', TOO_BIG)
    }
    entries.set(name, { method, crc, compressed, size, offset })
  }
  if (p !== dirOffset + dirSize) {
    // Entries left over (or missing) in the directory: the count in the end record lies.
    return err('bad-count', BAD_COUNT)
  }
  const read = (name: string): Result<Uint8Array> | undefined => {
    const entry = entries.get(name)
    return entry === undefined ? undefined : readEntry(bytes, view, entry)
  }
  return ok({ names: [...entries.keys()], read })
}

function readEntry(bytes: Uint8Array, view: DataView, e: Entry): Result<Uint8Array> {
  if (e.offset + 30 > bytes.byteLength || view.getUint32(e.offset, true) !== 0x04034b50) {
    return err('truncated', TRUNCATED)
  }
  const start =
    e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true)
  if (start + e.compressed > bytes.byteLength) {
    return err('truncated', TRUNCATED)
  }
  const data = bytes.subarray(start, start + e.compressed)
  const out = inflated(data, e)
  if (!out.ok) {
    return out
  }
  return crc32(out.value) >>> 0 === e.crc ? out : err('bad-crc', BAD_CRC)
}

function inflated(data: Uint8Array, e: Entry): Result<Uint8Array> {
  if (e.method === 0) {
    return data.byteLength === e.size ? ok(data) : err('size-mismatch', SIZE_LIE)
  }
  if (e.method !== 8) {
    return err('not-docx', 'Tệp .docx dùng kiểu nén không hỗ trợ.')
  }
  try {
    // The declared size (already within the limits) bounds the output: one byte more means the
    // size field lies, and the part is refused before it can grow.
    const out = inflateRawSync(data, { maxOutputLength: e.size + 1 })
    return out.byteLength === e.size ? ok(new Uint8Array(out)) : err('size-mismatch', SIZE_LIE)
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
      ? err('size-mismatch', SIZE_LIE)
      : err('truncated', TRUNCATED)
  }
}
