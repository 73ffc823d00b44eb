import { gunzipSync, gzipSync } from 'node:zlib'
import { z } from 'zod'
import { err, ok, type Result } from '../../../../shared/result'
import { READ_LIMITS } from '../read-limited'

/**
 * A version file: a first line naming the format, a second line of JSON metadata (so the list
 * reads it without inflating anything), then the plan file's JSON text, gzip-compressed (its CRC
 * tells a damaged body). Written whole by an atomic rename, so a file is complete or absent.
 */
const MAGIC = 'soan-ke-hoach/version 1\n'

const headerSchema = z.object({
  savedAt: z.string().max(40),
  summary: z.string().max(2000),
  /** The plan file it is a version of (a check against a hash collision of the folder name). */
  path: z.string().max(4096),
})

/** A version's metadata, stored in its second line. */
export type VersionHeader = z.infer<typeof headerSchema>

/** The bytes of a version file holding `planText` (a `.kehoach` file's text). */
export function encodeVersion(header: VersionHeader, planText: string): Buffer {
  const head = Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8')
  // Level 3: measured on the bench plan, about 15 times smaller than its text, several times
  // faster than the default level 6 (which gains only a fifth more).
  return Buffer.concat([head, gzipSync(Buffer.from(planText, 'utf8'), { level: 3 })])
}

/** The header of a version file and where its compressed body starts; an error if damaged. */
export function decodeHeader(bytes: Uint8Array): Result<VersionHeader & { readonly body: number }> {
  const magic = Buffer.from(MAGIC, 'utf8')
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = buffer.indexOf(0x0a, magic.length)
  if (!buffer.subarray(0, magic.length).equals(magic) || end < 0) {
    return damaged()
  }
  try {
    const header = headerSchema.parse(JSON.parse(buffer.toString('utf8', magic.length, end)))
    return ok({ ...header, body: end + 1 })
  } catch {
    return damaged()
  }
}

/** The plan file text inside a version file; an error if damaged or it would inflate too far. */
export function decodePlanText(bytes: Uint8Array): Result<string> {
  const header = decodeHeader(bytes)
  if (!header.ok) {
    return header
  }
  try {
    const inflated = gunzipSync(bytes.subarray(header.value.body), {
      maxOutputLength: READ_LIMITS.plan.bytes,
    })
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(inflated))
  } catch {
    // A bad CRC, a truncated stream, a body that inflates past a plan's limit, bad UTF-8.
    return damaged()
  }
}

function damaged<T>(): Result<T> {
  return err(
    'version.damaged',
    'Phiên bản này bị hỏng, không đọc được. Kế hoạch và các phiên bản khác không bị ảnh hưởng.'
  )
}
