import type pg from 'pg'
import { err, ok, type Result } from '../../../../shared/result'
import { serverSchemaVersion } from './connect'
import { SERVER_MIGRATIONS, SERVER_SCHEMA_VERSION } from './migrations'

/** What `migrateServer` did: the version found and the version left. */
export type MigrateSummary = { readonly from: number; readonly to: number }

/**
 * Brings the server schema up to this app's version, all pending migrations in one transaction
 * under an advisory lock (two IT staff running it at once cannot apply a migration twice).
 * Refuses a server whose schema is newer than the app's. Run as the database owner.
 */
export async function migrateServer(client: pg.ClientBase): Promise<Result<MigrateSummary>> {
  await client.query('BEGIN')
  try {
    await client.query('SELECT pg_advisory_xact_lock(7316000)')
    const from = await serverSchemaVersion(client)
    if (from > SERVER_SCHEMA_VERSION) {
      await client.query('ROLLBACK')
      return err(
        'library.server.schema-new',
        `Lược đồ trên máy chủ (phiên bản ${from}) mới hơn ứng dụng (${SERVER_SCHEMA_VERSION}); ` +
          'không thay đổi gì. Hãy dùng bản Soạn Kế hoạch mới hơn.'
      )
    }
    for (let version = from + 1; version <= SERVER_SCHEMA_VERSION; version++) {
      await client.query(SERVER_MIGRATIONS[version - 1] as string)
      await client.query('INSERT INTO skh.schema_version (version) VALUES ($1)', [version])
    }
    await client.query('COMMIT')
    return ok({ from, to: SERVER_SCHEMA_VERSION })
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}
