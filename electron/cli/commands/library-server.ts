import path from 'node:path'
import type { ServerSettings, ServerTls } from '../../../shared/library/sync-types'
import type { Library } from '../../main/library/library'
import { readServerSettings, SETTINGS_FILE } from '../../main/library/sync/settings-file'
import { envSecretStore } from '../../main/library/sync/secret-store'
import { createSyncService } from '../../main/library/sync/sync-service'
import { connectServer } from '../../main/library/server/connect'
import { migrateServer } from '../../main/library/server/migrate'
import { serverError } from '../../main/library/server/server-errors'

/** Usage lines of the shared-library commands. */
export const SERVER_USAGE = `  library server init|migrate [--host H] [--port 5432] [--database D] [--user U] [--tls prefer|require|off]
                                   tạo hoặc nâng cấp lược đồ thư viện dùng chung trên PostgreSQL
  library sync [như trên]          đồng bộ thư viện trên máy với thư viện dùng chung
  (mật khẩu lấy từ biến môi trường SKH_LIBRARY_PASSWORD; các tham số khác cũng lấy được từ
   SKH_LIBRARY_HOST, SKH_LIBRARY_PORT, SKH_LIBRARY_DATABASE, SKH_LIBRARY_USER)`

const TLS: readonly ServerTls[] = ['prefer', 'require', 'off']

/**
 * Server settings from `--host/--port/--database/--user/--tls` flags, then `SKH_LIBRARY_*`
 * environment variables, then `fallback` (the app's saved settings); a message when incomplete.
 */
export function serverSettingsFrom(
  flags: ReadonlyMap<string, string>,
  fallback?: ServerSettings
): ServerSettings | string {
  const pick = (flag: string, env: string, saved: string | number | undefined) =>
    flags.get(flag) ?? process.env[env] ?? (saved === undefined ? undefined : String(saved))
  const host = pick('host', 'SKH_LIBRARY_HOST', fallback?.host)
  const port = Number(pick('port', 'SKH_LIBRARY_PORT', fallback?.port) ?? '5432')
  const database = pick('database', 'SKH_LIBRARY_DATABASE', fallback?.database)
  const user = pick('user', 'SKH_LIBRARY_USER', fallback?.user)
  const tls = (flags.get('tls') ?? fallback?.tls ?? 'prefer') as ServerTls
  if (!host || !database || !user) {
    return 'Thiếu địa chỉ máy chủ, tên cơ sở dữ liệu hoặc tên đăng nhập (--host, --database, --user).'
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return 'Cổng máy chủ không hợp lệ.'
  }
  if (!TLS.includes(tls)) {
    return `Chế độ TLS không hợp lệ: "${tls}".`
  }
  return { host, port, database, user, tls }
}

/** `library server init|migrate`: creates or upgrades the server schema; prints JSON. */
export async function serverCommand(
  sub: string | undefined,
  flags: ReadonlyMap<string, string>
): Promise<number> {
  if (sub !== 'init' && sub !== 'migrate') {
    console.error(SERVER_USAGE)
    return 2
  }
  const settings = serverSettingsFrom(flags)
  if (typeof settings === 'string') {
    console.error(settings)
    return 2
  }
  const connected = await connectServer(settings, process.env.SKH_LIBRARY_PASSWORD ?? '')
  if (!connected.ok) {
    console.log(JSON.stringify({ ok: false, error: connected.error }, null, 2))
    return 1
  }
  const client = connected.value
  try {
    const result = await migrateServer(client)
    if (!result.ok) {
      console.log(JSON.stringify({ ok: false, error: result.error }, null, 2))
      return 1
    }
    const { from, to } = result.value
    const message =
      from === to
        ? `Lược đồ thư viện dùng chung đã ở phiên bản mới nhất (${to}).`
        : `Đã ${from === 0 ? 'tạo' : 'nâng cấp'} lược đồ thư viện dùng chung: phiên bản ${from} → ${to}.`
    console.log(JSON.stringify({ ok: true, from, to, message }, null, 2))
    return 0
  } catch (error) {
    const [code, message] = serverError(error, settings)
    console.log(JSON.stringify({ ok: false, error: { code, message } }, null, 2))
    return 1
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** `library sync`: one sync of the local library with the shared library; prints JSON. */
export async function syncCommand(
  library: Library,
  flags: ReadonlyMap<string, string>,
  dataDir: string
): Promise<number> {
  const settings = serverSettingsFrom(flags, readServerSettings(path.join(dataDir, SETTINGS_FILE)))
  if (typeof settings === 'string') {
    console.error(settings)
    return 2
  }
  const service = createSyncService({
    library,
    settings: { read: () => settings, write: () => undefined },
    secrets: envSecretStore(),
    intervalMs: 0,
  })
  const result = await service.syncNow()
  const status = service.status()
  console.log(
    JSON.stringify(
      result.ok
        ? { ok: true, ...result.value, pending: status.pending }
        : { ok: false, error: result.error, pending: status.pending },
      null,
      2
    )
  )
  return result.ok ? 0 : 1
}
