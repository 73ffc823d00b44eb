import pg from 'pg'
import { err, ok, type Result } from '../../../../shared/result'
import type { ServerSettings } from '../../../../shared/library/sync-types'
import { SERVER_SCHEMA_VERSION } from './migrations'
import { serverError } from './server-errors'

/** How long a connection attempt may take before the server counts as unreachable. */
const CONNECT_TIMEOUT_MS = 8000

function clientFor(settings: ServerSettings, password: string, ssl: boolean): pg.Client {
  return new pg.Client({
    host: settings.host,
    port: settings.port,
    database: settings.database,
    user: settings.user,
    password,
    // `prefer` mirrors libpq: encrypted when offered, the certificate not checked.
    ssl: ssl ? { rejectUnauthorized: false } : false,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'soan-ke-hoach',
  })
}

async function attempt(settings: ServerSettings, password: string, ssl: boolean) {
  const client = clientFor(settings, password, ssl)
  // A dropped connection is reported by the next query; this keeps it from crashing the process.
  client.on('error', () => undefined)
  try {
    await client.connect()
    return { client }
  } catch (error) {
    await client.end().catch(() => undefined)
    return { error }
  }
}

function noTls(error: unknown): boolean {
  return error instanceof Error && /does not support SSL/i.test(error.message)
}

/** Opens a connection; with `tls: 'prefer'` it falls back to plain text if TLS is not offered. */
export async function connectServer(
  settings: ServerSettings,
  password: string
): Promise<Result<pg.Client>> {
  const tls = settings.tls !== 'off'
  let outcome = await attempt(settings, password, tls)
  if (outcome.error !== undefined && settings.tls === 'prefer' && noTls(outcome.error)) {
    outcome = await attempt(settings, password, false)
  }
  if (outcome.client) {
    return ok(outcome.client)
  }
  return err(...serverError(outcome.error, settings))
}

/** The server's schema version; 0 when the shared library was never set up there. */
export async function serverSchemaVersion(client: pg.ClientBase): Promise<number> {
  const exists = await client.query<{ t: string | null }>(
    "SELECT to_regclass('skh.schema_version')::text AS t"
  )
  if (!exists.rows[0]?.t) {
    return 0
  }
  const result = await client.query<{ v: number | null }>(
    'SELECT max(version) AS v FROM skh.schema_version'
  )
  return result.rows[0]?.v ?? 0
}

/** Checks that the server's schema is the one this app speaks; a Vietnamese reason if not. */
export async function checkSchema(client: pg.ClientBase): Promise<Result<number>> {
  const version = await serverSchemaVersion(client)
  if (version === 0) {
    return err(
      'library.server.not-initialised',
      'Máy chủ chưa có thư viện dùng chung. Nhờ cán bộ CNTT chạy lệnh "library server init".'
    )
  }
  if (version < SERVER_SCHEMA_VERSION) {
    return err(
      'library.server.schema-old',
      `Thư viện dùng chung trên máy chủ dùng lược đồ cũ (phiên bản ${version}, ứng dụng cần ` +
        `${SERVER_SCHEMA_VERSION}). Nhờ cán bộ CNTT chạy lệnh "library server migrate".`
    )
  }
  if (version > SERVER_SCHEMA_VERSION) {
    return err(
      'library.server.schema-new',
      `Thư viện dùng chung trên máy chủ mới hơn ứng dụng (lược đồ phiên bản ${version}, ứng ` +
        `dụng hiểu đến ${SERVER_SCHEMA_VERSION}). Hãy cập nhật Soạn Kế hoạch.`
    )
  }
  return ok(version)
}

/** Connects and checks the schema; the client is closed again on any failure. */
export async function openServer(
  settings: ServerSettings,
  password: string
): Promise<Result<pg.Client>> {
  const connected = await connectServer(settings, password)
  if (!connected.ok) {
    return connected
  }
  try {
    const schema = await checkSchema(connected.value)
    if (!schema.ok) {
      await connected.value.end().catch(() => undefined)
      return schema
    }
    return connected
  } catch (error) {
    await connected.value.end().catch(() => undefined)
    return err(...serverError(error, settings))
  }
}
