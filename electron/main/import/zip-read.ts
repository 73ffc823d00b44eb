import { unzipSync } from 'fflate'
import { crc32 } from 'node:zlib'
import { err, ok, type Result } from '../../../shared/result'
import { readDirectory } from './zip-directory'
import { inflateWithin } from './zip-inflate'
import { BAD_COUNT, BAD_CRC, BAD_METHOD, SIZE_LIE, TOO_BIG, TRUNCATED } from './zip-messages'

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

/** A checked zip archive: names of its parts and a reader for one part. */
export type ZipArchive = {
  readonly names: readonly string[]
  /** The bytes of a part, undefined when absent; a failure when it is corrupt or too big. */
  read(name: string): Result<Uint8Array> | undefined
}

type Listed = { name: string; method: number; compressed: number; size: number }
type Entry = Listed & { crc: number; offset: number }

/**
 * Lists the parts with fflate's `unzipSync`, whose filter sees every part's declared sizes before
 * anything is inflated: the limits are enforced there, and the filter accepts nothing, so no part
 * is inflated while listing.
 */
function listParts(bytes: Uint8Array, limits: ZipLimits): Result<Listed[]> {
  const listed: Listed[] = []
  let total = 0
  let tooBig = false
  try {
    unzipSync(bytes, {
      filter: file => {
        total += file.originalSize
        const ratio = file.originalSize / Math.max(1, file.size)
        tooBig ||=
          file.originalSize > limits.maxEntryBytes ||
          total > limits.maxTotalBytes ||
          (file.originalSize > 1024 * 1024 && ratio > limits.maxRatio)
        listed.push({
          name: file.name,
          method: file.compression,
          compressed: file.size,
          size: file.originalSize,
        })
        return false
      },
    })
  } catch {
    return err('truncated', TRUNCATED)
  }
  return tooBig ? err('too-large', TOO_BIG) : ok(listed)
}

/**
 * Opens a zip held in memory: fflate lists the parts under the size, ratio and count limits, and
 * a minimal walk of the central directory (`readDirectory`) checks the entry count and supplies
 * each part's CRC-32. Each part read is inflated by fflate within its declared size and checked
 * against its CRC-32. Each kind of damage has its own code and Vietnamese message.
 */
export function openZip(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS
): Result<ZipArchive> {
  const directory = readDirectory(bytes, limits.maxEntries)
  if (!directory.ok) {
    return directory
  }
  const listed = listParts(bytes, limits)
  if (!listed.ok) {
    return listed
  }
  if (listed.value.length !== directory.value.length) {
    // fflate followed a Zip64 end record to another directory than the one checked.
    return err('bad-count', BAD_COUNT)
  }
  const entries = new Map<string, Entry>()
  for (const [i, part] of listed.value.entries()) {
    const record = directory.value[i]
    if (record === undefined || record.compressed !== part.compressed) {
      return err('size-mismatch', SIZE_LIE)
    }
    entries.set(part.name, { ...part, crc: record.crc, offset: record.offset })
  }
  const read = (name: string): Result<Uint8Array> | undefined => {
    const entry = entries.get(name)
    return entry === undefined ? undefined : readEntry(bytes, entry)
  }
  return ok({ names: [...entries.keys()], read })
}

function readEntry(bytes: Uint8Array, e: Entry): Result<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (e.offset + 30 > bytes.byteLength || view.getUint32(e.offset, true) !== 0x04034b50) {
    return err('truncated', TRUNCATED)
  }
  const start =
    e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true)
  if (start + e.compressed > bytes.byteLength) {
    return err('truncated', TRUNCATED)
  }
  const data = bytes.subarray(start, start + e.compressed)
  const out =
    e.method === 0
      ? data.byteLength === e.size
        ? ok(data)
        : err<Uint8Array>('size-mismatch', SIZE_LIE)
      : e.method === 8
        ? inflateWithin(data, e.size)
        : err<Uint8Array>('not-docx', BAD_METHOD)
  if (!out.ok) {
    return out
  }
  // fflate does not check CRC-32 when it unzips, so the checksum is compared here.
  return crc32(out.value) >>> 0 === e.crc ? out : err('bad-crc', BAD_CRC)
}
