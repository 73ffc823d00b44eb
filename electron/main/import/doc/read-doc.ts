import CFB from 'cfb'
import type { DocSection } from '../../../../shared/import/doc-types'
import { Bytes, DocDamaged } from './bytes'
import { docBlocks } from './doc-blocks'
import { FC, readFib } from './fib'
import { readFkpRuns } from './fkp'
import { readText } from './pieces'

/** Why a .doc cannot be read, each with its own message. */
export type DocRefusal = 'encrypted' | 'too-old' | 'not-word'

/** A .doc that is not read, for a reason the clerk can act on. */
export class DocRefused extends Error {
  constructor(readonly reason: DocRefusal) {
    super(reason)
  }
}

function stream(container: CFB.CFB$Container, name: string): Bytes | undefined {
  const entry = CFB.find(container, name)
  const content = entry?.content
  return content && content.length > 0 ? new Bytes(new Uint8Array(content)) : undefined
}

/**
 * Reads a Word 97–2003 binary file: the compound file with SheetJS `cfb`, then the FIB, the
 * piece table and the paragraph and character property pages of the WordDocument stream,
 * into the same sections the .docx reader yields. Throws `DocRefused` for encrypted, Word 6/95
 * or non-Word containers and `DocDamaged` for broken structures (cfb's own errors included).
 */
export function readDoc(bytes: Uint8Array): DocSection[] {
  let container: CFB.CFB$Container
  try {
    container = CFB.read(bytes, { type: 'array' })
  } catch (error) {
    throw new DocDamaged(`compound file: ${(error as Error).message}`)
  }
  const word = stream(container, 'WordDocument')
  if (!word) {
    throw new DocRefused('not-word')
  }
  const fib = readFib(word)
  if (fib.tooOld) {
    throw new DocRefused('too-old')
  }
  if (fib.encrypted) {
    throw new DocRefused('encrypted')
  }
  const table = stream(container, fib.tableStream)
  if (!table) {
    throw new DocDamaged(`no ${fib.tableStream} stream`)
  }
  const clx = fib.fcLcb(FC.clx)
  const chars = readText(word, table, clx.fc, clx.lcb, fib.ccpText)
  const papx = fib.fcLcb(FC.plcfBtePapx)
  const chpx = fib.fcLcb(FC.plcfBteChpx)
  const blocks = docBlocks(
    chars,
    readFkpRuns(word, table, papx.fc, papx.lcb, 'papx'),
    readFkpRuns(word, table, chpx.fc, chpx.lcb, 'chpx')
  )
  return [{ blocks, landscape: false }]
}
