import type { AuthorityPrefix, Recipient, Signature } from '../model/types'
import { newId } from '../model/ids'
import { runsPlain, type DocTable } from './doc-types'

const clean = (s: string): string =>
  s
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** Whether a table is the Nơi nhận + signature block. */
export function isSignatureTable(table: DocTable): boolean {
  return table.rows.some(r =>
    r.cells.some(c => c.paragraphs.some(p => /^Nơi nhận/u.test(clean(runsPlain(p.runs)))))
  )
}

/** Reads Nơi nhận (left cell) and the signature (right cell). */
export function mapSignature(table: DocTable): {
  recipients: Recipient[]
  archive: string
  signature: Signature
} {
  const cells = table.rows.flatMap(r => r.cells)
  const leftIndex = cells.findIndex(c =>
    c.paragraphs.some(p => /^Nơi nhận/u.test(clean(runsPlain(p.runs))))
  )
  const left = cells[leftIndex]
  const right = cells.filter((_c, i) => i !== leftIndex)
  const recipients: Recipient[] = []
  let archive = ''
  for (const p of left?.paragraphs ?? []) {
    let text = clean(runsPlain(p.runs))
    text = text.replace(/^Nơi nhận\s*:?\s*/u, '')
    if (text === '') {
      continue
    }
    const bare = text.replace(/^[-–+•]\s*/u, '').replace(/[\s;.,]+$/u, '')
    const lưu = /^Lưu\s*:?\s*(.*)$/u.exec(bare)
    if (lưu) {
      archive = (lưu[1] ?? '').trim()
    } else if (bare !== '') {
      recipients.push({ id: newId(), text: bare })
    }
  }
  const lines = right
    .flatMap(c => c.paragraphs.map(p => clean(runsPlain(p.runs))))
    .filter(t => t !== '')
  const signer = lines.pop() ?? ''
  return {
    recipients,
    archive: archive === '' ? 'VT' : archive,
    signature: {
      lines: lines.map(line => {
        const m = /^(TM|KT|Q|TL|TUQ)\.\s*(.*)$/u.exec(line)
        return m ? { prefix: m[1] as AuthorityPrefix, text: m[2] ?? '' } : { text: line }
      }),
      signer,
    },
  }
}
