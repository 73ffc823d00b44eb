import type { ServerSettings } from '../../../../shared/library/sync-types'

/** Network error codes that mean the server could not be reached (or went away). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
])

/** PostgreSQL SQLSTATE codes of a server shutting down or a connection lost. */
const LOST = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006'])

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/** Whether the error means the connection is gone (retry later), not a refusal. */
export function isConnectionLost(error: unknown): boolean {
  const code = codeOf(error)
  if (code !== undefined && (UNREACHABLE.has(code) || LOST.has(code))) {
    return true
  }
  const message = error instanceof Error ? error.message : ''
  return /Connection terminated|timeout|not queryable|ended/i.test(message)
}

/**
 * Turns a connection or query failure into an error code and a Vietnamese message for the
 * clerk: wrong password, unreachable server, missing database, connection lost, or refused.
 */
export function serverError(error: unknown, settings: ServerSettings): [string, string] {
  const code = codeOf(error)
  const where = `${settings.host}:${settings.port}`
  if (code === '28P01' || code === '28000') {
    return [
      'library.server.auth',
      `Máy chủ ${where} từ chối đăng nhập: sai tên đăng nhập hoặc mật khẩu (người dùng ` +
        `"${settings.user}").`,
    ]
  }
  if (code === '3D000') {
    return [
      'library.server.no-database',
      `Máy chủ ${where} không có cơ sở dữ liệu "${settings.database}".`,
    ]
  }
  if (code === '42501') {
    return [
      'library.server.denied',
      'Tài khoản không có quyền với thư viện dùng chung. Nhờ cán bộ CNTT cấp quyền skh_clerk.',
    ]
  }
  if (isConnectionLost(error)) {
    return [
      'library.server.unreachable',
      `Không kết nối được máy chủ thư viện dùng chung ${where}. Kiểm tra mạng của cơ quan ` +
        'hoặc hỏi cán bộ CNTT; thư viện trên máy vẫn dùng bình thường.',
    ]
  }
  const detail = error instanceof Error ? error.message : String(error)
  return ['library.server.error', `Máy chủ thư viện dùng chung báo lỗi: ${detail}`]
}
