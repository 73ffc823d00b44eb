/** A .doc structure that points outside its stream or is otherwise unreadable. */
export class DocDamaged extends Error {}

/** Bounds-checked little-endian reads over one stream; any overrun is a `DocDamaged`. */
export class Bytes {
  private readonly view: DataView

  constructor(readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  }

  get length(): number {
    return this.data.byteLength
  }

  private check(at: number, size: number): void {
    if (!Number.isInteger(at) || at < 0 || at + size > this.data.byteLength) {
      throw new DocDamaged(`read of ${size} bytes at ${at} past the end (${this.data.byteLength})`)
    }
  }

  u8(at: number): number {
    this.check(at, 1)
    return this.view.getUint8(at)
  }

  u16(at: number): number {
    this.check(at, 2)
    return this.view.getUint16(at, true)
  }

  i16(at: number): number {
    this.check(at, 2)
    return this.view.getInt16(at, true)
  }

  u32(at: number): number {
    this.check(at, 4)
    return this.view.getUint32(at, true)
  }

  /** A checked sub-range as its own `Bytes`. */
  slice(at: number, size: number): Bytes {
    this.check(at, size)
    return new Bytes(this.data.subarray(at, at + size))
  }
}
