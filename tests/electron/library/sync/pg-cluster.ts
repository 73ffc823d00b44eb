import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { ServerSettings } from '../../../../shared/library/sync-types'

/** The superuser of the throw-away cluster; it plays the IT staff who runs `server init`. */
export const ADMIN = 'skh_admin'
const ADMIN_PASSWORD = 'quản-trị-viên'

/** A real, throw-away PostgreSQL cluster in a temp dir, listening on 127.0.0.1 only. */
export type PgCluster = {
  readonly dir: string
  readonly port: number
  /** Settings for `user` (the admin by default) on database `database` (`skh` by default). */
  readonly settings: (user?: string, database?: string) => ServerSettings
  readonly adminPassword: string
  /** A connected admin client on database `skh` or another (close it yourself). */
  readonly admin: (database?: string) => Promise<pg.Client>
  /** Creates a login role in `skh_clerk` (and `skh_curator` when asked). */
  readonly createUser: (name: string, password: string, curator?: boolean) => Promise<void>
  readonly stop: () => void
  readonly start: () => void
  /** Stops the server and removes the whole directory. */
  readonly destroy: () => void
}

function binDir(): string {
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root)
    ? fs.readdirSync(root).filter(v => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    : []
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0]
  if (newest === undefined) {
    throw new Error('PostgreSQL is not installed (apt-get install postgresql postgresql-contrib)')
  }
  return path.join(root, newest, 'bin')
}

/** Why no cluster can be made here (PostgreSQL is not installed), or undefined when it can. */
export function postgresAbsent(): string | undefined {
  try {
    binDir()
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo
      server.close(() => resolve(address.port))
    })
  })
}

/** PostgreSQL refuses to run as root, and CI runs as root: then it runs as `postgres`. */
function run(bin: string, args: readonly string[]): void {
  const asRoot = process.getuid?.() === 0
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  execFileSync(file, argv, { stdio: 'pipe', timeout: 120_000 })
}

/**
 * Makes a cluster with initdb, starts it with pg_ctl (with `serverOptions` such as
 * `-c shared_buffers=1GB` added) and creates database `skh`.
 */
export async function startCluster(serverOptions: readonly string[] = []): Promise<PgCluster> {
  const bin = binDir()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-pg-'))
  const data = path.join(dir, 'data')
  const socket = path.join(dir, 'sock')
  fs.mkdirSync(socket)
  const pwfile = path.join(dir, 'pw')
  fs.writeFileSync(pwfile, ADMIN_PASSWORD)
  if (process.getuid?.() === 0) {
    execFileSync('chown', ['-R', 'postgres', dir])
  }
  const port = await freePort()
  run(path.join(bin, 'initdb'), [
    '-D', data, '-U', ADMIN, '--pwfile', pwfile, '-E', 'UTF8', '--locale', 'C.UTF-8',
    '--auth-local', 'scram-sha-256', '--auth-host', 'scram-sha-256',
  ]) // prettier-ignore
  const options = [
    `-p ${port} -k ${socket} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
    ...serverOptions,
  ].join(' ')
  const start = () =>
    run(path.join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-o',
      options,
      '-l',
      path.join(dir, 'log'),
      '-w',
      'start',
    ])
  const stop = () => run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'])
  start()
  const settings = (user = ADMIN, database = 'skh'): ServerSettings => ({
    host: '127.0.0.1',
    port,
    database,
    user,
    tls: 'prefer',
  })
  const connect = async (database: string) => {
    const client = new pg.Client({ ...settings(), database, password: ADMIN_PASSWORD })
    await client.connect()
    return client
  }
  const postgres = await connect('postgres')
  await postgres.query('CREATE DATABASE skh')
  await postgres.end()
  return {
    dir,
    port,
    settings,
    adminPassword: ADMIN_PASSWORD,
    admin: (database = 'skh') => connect(database),
    createUser: async (name, password, curator = false) => {
      const client = await connect('skh')
      try {
        const roles = curator ? 'skh_curator' : 'skh_clerk'
        await client.query(
          `CREATE ROLE ${client.escapeIdentifier(name)} LOGIN PASSWORD ` +
            `${client.escapeLiteral(password)} IN ROLE ${roles}`
        )
      } finally {
        await client.end()
      }
    },
    stop,
    start,
    destroy: () => {
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } catch {
        // Already stopped.
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
