/**
 * Child process of the kill-during-library-write test: adds clauses one by one (a backup every
 * `BACKUP_EVERY` writes), printing a line after each, until it is killed.
 * Usage: write-loop.ts <data-dir>
 */
import { openLibrary } from '../../../electron/main/library/open-library'

const opened = openLibrary(process.argv[2] ?? '')
if (!opened.ok) {
  throw new Error(opened.error.message)
}
const library = opened.library
let i = library.count()
const tick = (): void => {
  library.add({
    kind: 'paragraph',
    fragment: {
      kind: 'paragraph',
      block: { type: 'paragraph', id: `k${i}`, content: [{ text: `Điều khoản ghi lần ${i}` }] },
    },
    text: `Điều khoản ghi lần ${i}`,
    tags: {},
    source: {},
  })
  process.stdout.write(`${i++}\n`)
  setImmediate(tick)
}
tick()
