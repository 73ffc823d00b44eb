import fs from 'node:fs'
import { err, ok, type Result } from '../../../shared/result'
import { describeFsError } from './fs-errors'

/** Size limits of the files main reads whole, per kind. */
export const READ_LIMITS = {
  plan: { bytes: 50 * 1024 * 1024, label: 'kế hoạch' },
  docx: { bytes: 100 * 1024 * 1024, label: 'tệp Word' },
  library: { bytes: 50 * 1024 * 1024, label: 'tệp thư viện' },
  // A version is a compressed plan: a plan's limit is generous for it.
  version: { bytes: 50 * 1024 * 1024, label: 'phiên bản kế hoạch' },
} as const

/** A kind of file main reads whole. */
export type ReadKind = keyof typeof READ_LIMITS

/**
 * Checks that `file` is a regular file no larger than the kind's limit, without blocking: it is
 * opened non-blocking (a FIFO with no writer would otherwise hang the whole process) and checked
 * with fstat on the open descriptor, so a path swapped between the check and the read is caught.
 */
export function checkRegularFile(file: string, kind: ReadKind): Result<{ size: number }> {
  return withOpenFile(file, kind, 'kiểm tra', (_fd, size) => ok({ size }))
}

/**
 * Reads a whole regular file of at most the kind's size limit. FIFOs, devices, sockets and
 * folders are refused with a Vietnamese message; so is a file that grows past the limit.
 */
export function readLimited(file: string, kind: ReadKind): Result<Buffer> {
  return withOpenFile(file, kind, 'mở', (fd, size) => {
    const limit = READ_LIMITS[kind].bytes
    // One byte more than the limit tells a file that grew since fstat.
    const buffer = Buffer.alloc(Math.min(size, limit) + 1)
    let read = 0
    for (;;) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, read)
      if (n === 0) {
        break
      }
      read += n
      if (read > limit) {
        return tooLarge(file, kind)
      }
      if (read === buffer.length) {
        break
      }
    }
    return ok(buffer.subarray(0, read))
  })
}

function withOpenFile<T>(
  file: string,
  kind: ReadKind,
  verb: string,
  use: (fd: number, size: number) => Result<T>
): Result<T> {
  let fd: number
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0))
  } catch (error) {
    const e = describeFsError(error, verb, file)
    return err(e.code, e.message)
  }
  try {
    const stat = fs.fstatSync(fd)
    if (stat.isDirectory()) {
      return err(
        'file.is-dir',
        `Không thể ${verb} “${name(file)}”: đây là một thư mục, không phải tệp.`
      )
    }
    if (!stat.isFile()) {
      return err(
        'file.not-regular',
        `Không thể ${verb} “${name(file)}”: đây không phải là một tệp thông thường (thiết bị, ống dẫn hoặc ổ cắm).`
      )
    }
    if (stat.size > READ_LIMITS[kind].bytes) {
      return tooLarge(file, kind)
    }
    return use(fd, stat.size)
  } catch (error) {
    const e = describeFsError(error, verb, file)
    return err(e.code, e.message)
  } finally {
    fs.closeSync(fd)
  }
}

function tooLarge<T>(file: string, kind: ReadKind): Result<T> {
  const { bytes, label } = READ_LIMITS[kind]
  return err(
    'file.too-large',
    `Không thể mở “${name(file)}”: tệp quá lớn để là một ${label} (trên ${bytes / 1024 / 1024} MB).`
  )
}

function name(file: string): string {
  return file.split(/[\\/]/).pop() ?? file
}
