import { formatDate, formatNumberLine } from '../model/format-header'
import type { Plan } from '../model/types'

const bare = (text: string): string =>
  text
    .trim()
    .replace(/^[-–]\s*/u, '')
    .replace(/[\s;.,]+$/u, '')

/** A Nơi nhận line as printed (`- Sở Nội vụ;`), or `undefined` for a blank recipient. */
export function recipientLine(text: string): string | undefined {
  const name = bare(text)
  return name === '' ? undefined : `- ${name};`
}

/** The `Lưu:` line as printed (`- Lưu: VT, NV.`), `VT` when the archive is blank. */
export function archiveLine(archive: string): string {
  return `- Lưu: ${bare(archive) === '' ? 'VT' : bare(archive)}.`
}

/** The signature's authority lines as printed (`KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`), blanks left out. */
export function authorityLines(plan: Plan): string[] {
  return plan.signature.lines
    .filter(l => l.text.trim() !== '')
    .map(l => `${l.prefix ? `${l.prefix}. ` : ''}${l.text.trim().toLocaleUpperCase('vi')}`)
}

/**
 * The lines the Word file prints outside the body, by the comparison's keys: `header:number`,
 * `header:date`, `recipient:<id>` (blank recipients left out), `archive`, `signature:lines` (the
 * authority lines joined by `\n`) and `signature:signer`.
 */
export function printedLines(plan: Plan): Map<string, string> {
  const lines = new Map<string, string>([
    ['header:number', formatNumberLine(plan.header)],
    ['header:date', formatDate(plan.header.place, plan.header.date)],
  ])
  for (const r of plan.recipients) {
    const line = recipientLine(r.text)
    if (line !== undefined) {
      lines.set(`recipient:${r.id}`, line)
    }
  }
  lines.set('archive', archiveLine(plan.archive))
  lines.set('signature:lines', authorityLines(plan).join('\n'))
  lines.set('signature:signer', plan.signature.signer.trim())
  return lines
}
