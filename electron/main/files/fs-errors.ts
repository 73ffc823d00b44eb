import type { AppError } from '../../../shared/result'

/** Turns a Node file-system error into a Vietnamese message naming the operation and the file. */
export function describeFsError(error: unknown, verb: string, file: string): AppError {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  const name = file.split(/[\\/]/).pop() ?? file
  switch (code) {
    case 'ENOENT':
      return {
        code: 'file.not-found',
        message: `Không thể ${verb} “${name}”: không tìm thấy tệp hoặc thư mục.`,
      }
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'file.denied',
        message: `Không thể ${verb} “${name}”: không có quyền truy cập (tệp chỉ đọc hoặc bị khóa).`,
      }
    case 'EBUSY':
      return {
        code: 'file.locked',
        message: `Không thể ${verb} “${name}”: tệp đang được chương trình khác mở.`,
      }
    case 'ENOSPC':
      return { code: 'file.disk-full', message: `Không thể ${verb} “${name}”: ổ đĩa đã đầy.` }
    case 'EISDIR':
      return { code: 'file.is-dir', message: `Không thể ${verb} “${name}”: đây là một thư mục.` }
    default:
      return {
        code: 'file.io',
        message: `Không thể ${verb} “${name}”: ${error instanceof Error ? error.message : String(error)}`,
      }
  }
}
