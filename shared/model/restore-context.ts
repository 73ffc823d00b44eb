import { newId } from './ids'

/** One change restore made to bring input into shape, shown to the clerk. */
export type Repair = {
  /** JSON path of the repaired value, e.g. `plan.sections[1].children[0]`. */
  readonly path: string
  /** Vietnamese description of what was changed. */
  readonly message: string
}

type Obj = Readonly<Record<string, unknown>>

/** Mutable bookkeeping for one restore run: repairs made and ids seen. */
export class RestoreContext {
  readonly repairs: Repair[] = []
  private readonly ids = new Set<string>()
  private nfcFixes = 0

  /** Records a repair. */
  repair(path: string, message: string): void {
    this.repairs.push({ path, message })
  }

  /** Reads an object, or records a repair and returns undefined. */
  object(raw: unknown, path: string, what: string): Obj | undefined {
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      return raw as Obj
    }
    if (raw !== undefined) {
      this.repair(path, `Bỏ ${what} không hợp lệ.`)
    }
    return undefined
  }

  /** Reads an array (a non-array becomes empty, with a repair unless it was absent). */
  array(raw: unknown, path: string): readonly unknown[] {
    if (Array.isArray(raw)) {
      return raw
    }
    if (raw !== undefined && raw !== null) {
      this.repair(path, 'Thay giá trị không phải danh sách bằng danh sách rỗng.')
    }
    return []
  }

  /** Reads a string in NFC; numbers are converted, anything else becomes the fallback. */
  string(raw: unknown, path: string, fallback = ''): string {
    if (typeof raw === 'string') {
      const normal = raw.normalize('NFC')
      if (normal !== raw) {
        this.nfcFixes += 1
      }
      return normal
    }
    if (typeof raw === 'number' && Number.isFinite(raw)) {
      this.repair(path, 'Chuyển số thành văn bản.')
      return String(raw)
    }
    if (raw !== undefined && raw !== null) {
      this.repair(path, 'Thay giá trị không phải văn bản.')
    }
    return fallback
  }

  /** Reads an optional string: absent, null or empty input gives undefined. */
  optionalString(raw: unknown, path: string): string | undefined {
    if (raw === undefined || raw === null) {
      return undefined
    }
    const value = this.string(raw, path)
    return value === '' ? undefined : value
  }

  /** Reads a list of strings, dropping non-strings. */
  strings(raw: unknown, path: string): string[] {
    return this.array(raw, path).map((item, i) => this.string(item, `${path}[${i}]`))
  }

  /** Reads an integer within [min, max]; out-of-range or non-integer values are dropped with a repair. */
  integer(raw: unknown, path: string, min: number, max: number): number | undefined {
    if (raw === undefined || raw === null || raw === '') {
      return undefined
    }
    const n = typeof raw === 'string' ? Number(raw.trim()) : raw
    if (typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max) {
      if (typeof raw === 'string') {
        this.repair(path, 'Chuyển văn bản thành số.')
      }
      return n
    }
    this.repair(path, `Bỏ giá trị ngoài khoảng ${min}–${max}.`)
    return undefined
  }

  /** Reads a value that must be one of `allowed`. */
  oneOf<T extends string>(raw: unknown, allowed: readonly T[], path: string, fallback: T): T {
    if (typeof raw === 'string' && (allowed as readonly string[]).includes(raw)) {
      return raw as T
    }
    if (raw !== undefined) {
      this.repair(path, `Thay giá trị không hợp lệ bằng “${fallback}”.`)
    }
    return fallback
  }

  /** Reads an optional `true` flag (false and absent both mean absent). */
  flag(raw: unknown): true | undefined {
    return raw === true ? true : undefined
  }

  /** Returns the node's id if it is a fresh string, otherwise a new id (with a repair). */
  id(raw: unknown, path: string): string {
    if (typeof raw === 'string' && raw !== '' && !this.ids.has(raw)) {
      this.ids.add(raw)
      return raw
    }
    const fresh = newId()
    this.ids.add(fresh)
    this.repair(
      path,
      typeof raw === 'string' && raw !== ''
        ? 'Cấp mã mới cho mã bị trùng.'
        : 'Cấp mã cho phần tử thiếu mã.'
    )
    return fresh
  }

  /** Adds one summary repair for text normalised to NFC, if any. */
  finish(): readonly Repair[] {
    if (this.nfcFixes > 0) {
      this.repair('plan', `Chuẩn hóa ${this.nfcFixes} đoạn văn bản về Unicode dựng sẵn (NFC).`)
      this.nfcFixes = 0
    }
    return this.repairs
  }
}
