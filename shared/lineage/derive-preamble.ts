import type { Header, Paragraph, Plan } from '../model'
import { issuerName } from '../model/format-header'

const blank = (n: number | undefined) => (n === undefined ? '…' : String(n))

/** `trích yếu` as it reads inside a sentence: first letter lower case unless an acronym. */
function inSentence(subject: string): string {
  const second = subject.charAt(1)
  return second !== '' && second === second.toLocaleLowerCase('vi')
    ? subject.charAt(0).toLocaleLowerCase('vi') + subject.slice(1)
    : subject
}

/**
 * The implementing plan's opening sentence, filled from the superior plan's header:
 * `Thực hiện Kế hoạch số 166/KH-UBND ngày 22/3/2023 của Ủy ban nhân dân tỉnh Lào Cai về …, …`.
 */
export function derivedPreambleText(source: Plan, header: Header): string {
  const { number, agencyAbbr, date } = source.header
  const superior = issuerName(source.header) || '…'
  const issuer = issuerName(header) || '…'
  const dated = `ngày ${blank(date.day)}/${blank(date.month)}/${blank(date.year)}`
  const subject = inSentence(source.subject.trim())
  return (
    `Thực hiện Kế hoạch số ${number ?? '…'}/KH-${agencyAbbr} ${dated} của ${superior} về ` +
    `${subject}, ${issuer} ban hành Kế hoạch triển khai thực hiện như sau:`
  )
}

/** The preamble paragraph to insert, with an id no source plan uses. */
export function derivedPreamble(source: Plan, header: Header): Paragraph {
  return {
    type: 'paragraph',
    id: 'lineage-preamble',
    content: [{ text: derivedPreambleText(source, header) }],
  }
}
