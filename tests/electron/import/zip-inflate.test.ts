import { deflateSync } from 'fflate'
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { inflateWithin } from '../../../electron/main/import/zip-inflate'

const text = new TextEncoder().encode('Kế hoạch triển khai nhiệm vụ năm 2025. '.repeat(2000))
const packed = deflateSync(text)
const code = (r: ReturnType<typeof inflateWithin>) => (r.ok ? 'ok' : r.error.code)

describe('inflateWithin inflates a part with fflate, never past its declared size', () => {
  it('returns the bytes when the declared size is right', () => {
    const r = inflateWithin(packed, text.length)
    expect(r.ok && new TextDecoder().decode(r.value)).toBe(new TextDecoder().decode(text))
  })

  it('refuses a declared size that is too small or too large', () => {
    expect(code(inflateWithin(packed, text.length - 1))).toBe('size-mismatch')
    expect(code(inflateWithin(packed, text.length + 1))).toBe('size-mismatch')
  })

  it('refuses a broken or cut deflate stream as truncated', () => {
    expect(code(inflateWithin(packed.subarray(0, packed.length >> 1), text.length))).toBe(
      'truncated'
    )
    expect(code(inflateWithin(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 10))).toBe('truncated')
  })

  it('stops inflating a bomb with a lying size at the limit, before reaching its end', () => {
    // 48 MB of zeros (about 48 KB compressed) declared as 1 000 bytes, with its tail cut off:
    // an inflater that ran the whole stream would reach the cut and call it truncated.
    const bomb = deflateRawSync(new Uint8Array(48 * 1024 * 1024))
    expect(bomb.length).toBeGreaterThan(2 * 16 * 1024)
    expect(code(inflateWithin(bomb.subarray(0, bomb.length - 100), 1000))).toBe('size-mismatch')
  })
})
