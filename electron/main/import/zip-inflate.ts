import { Inflate } from 'fflate'
import { err, ok, type Result } from '../../../shared/result'
import { SIZE_LIE, TRUNCATED } from './zip-messages'

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most ~1 032:1, so one
 * step can never produce more than ~16 MB before the running count below is checked.
 */
const STEP = 16 * 1024

/**
 * Inflates raw deflate data with fflate's streaming `Inflate`, keeping a running count of the
 * bytes produced: the output can never grow past `size` (the declared size, already within the
 * limits), so a size field that lies is refused instead of being believed or inflated in full.
 */
export function inflateWithin(data: Uint8Array, size: number): Result<Uint8Array> {
  const out = new Uint8Array(size)
  let length = 0
  let over = false
  const inflater = new Inflate(chunk => {
    if (length + chunk.length > size) {
      over = true
      return
    }
    out.set(chunk, length)
    length += chunk.length
  })
  try {
    let at = 0
    do {
      const next = Math.min(data.length, at + STEP)
      inflater.push(data.subarray(at, next), next === data.length)
      at = next
    } while (at < data.length && !over)
  } catch {
    // fflate throws on any malformed deflate stream (unexpected end, bad block or distance).
    return err('truncated', TRUNCATED)
  }
  return !over && length === size ? ok(out) : err('size-mismatch', SIZE_LIE)
}
