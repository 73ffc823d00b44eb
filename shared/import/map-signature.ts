import type { AuthorityPrefix, Recipient, Signature } from '../model/types'
import { newId } from '../model/ids'
import { runsPlain, splitParagraph, type DocTable } from './doc-types'
import type { Inference } from './report'

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
export function mapSignature(
  table: DocTable,
  inferred: Inference[] = []
): {
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
  const leftLines = (left?.paragraphs ?? []).flatMap(p => splitParagraph(p, '\n'))
  if (leftLines.length > (left?.paragraphs.length ?? 0) + 1) {
    inferred.push({
      part: 'recipients',
      source: 'line-breaks',
      message: 'Nơi nhận tách từ một đoạn có ngắt dòng.',
    })
  }
  let archives = 0
  for (const p of leftLines) {
    let text = clean(runsPlain(p.runs))
    text = text.replace(/^Nơi nhận\s*:?\s*/u, '')
    if (text === '') {
      continue
    }
    const bare = text.replace(/^[-–+•]\s*/u, '').replace(/[\s;.,]+$/u, '')
    const lưu = /^Lưu\s*:?\s*(.*)$/u.exec(bare)
    if (lưu) {
      archives++
      archive ||= (lưu[1] ?? '').trim()
    } else if (bare !== '') {
      recipients.push({ id: newId(), text: bare })
    }
  }
  if (archives > 1) {
    inferred.push({
      part: 'recipients',
      source: 'paragraphs',
      message: 'Có nhiều dòng “Lưu: …”; chỉ giữ dòng đầu.',
      uncertain: true,
    })
  }
  const rightParagraphs = right.flatMap(c => c.paragraphs)
  const rightLines = rightParagraphs.flatMap(p => splitParagraph(p, '\n'))
  if (rightLines.length > rightParagraphs.length) {
    inferred.push({
      part: 'signature',
      source: 'line-breaks',
      message: 'Chữ ký tách từ một đoạn có ngắt dòng.',
    })
  }
  const lines = rightLines.map(p => clean(runsPlain(p.runs))).filter(t => t !== '')
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
