/**
 * A sync run in its own process, for the kill test: syncs the library in argv[2] with the
 * server at 127.0.0.1:argv[3], database argv[4], user argv[5] (password in
 * SKH_LIBRARY_PASSWORD), in small batches, printing a line after each committed batch.
 */
import { openLibrary } from '../../../../electron/main/library/open-library'
import { openServer } from '../../../../electron/main/library/server/connect'

const [dir, port, database, user] = process.argv.slice(2) as [string, string, string, string]
const opened = openLibrary(dir)
if (!opened.ok) {
  throw new Error(opened.error.message)
}
const server = await openServer(
  { host: '127.0.0.1', port: Number(port), database, user, tls: 'off' },
  process.env.SKH_LIBRARY_PASSWORD ?? ''
)
if (!server.ok) {
  throw new Error(server.error.message)
}
await opened.library.sync.sync(server.value, {
  batchSize: 20,
  onServerCommit: () => new Promise(resolve => setTimeout(resolve, 5)),
  onBatch: async (phase, count) => {
    process.stdout.write(`${phase} ${count}\n`)
    await new Promise(resolve => setTimeout(resolve, 20))
  },
})
process.stdout.write('done\n')
await server.value.end()
opened.library.close()
