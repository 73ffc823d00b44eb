import type { AuthorityPrefix, Plan, SignatureLine } from '../../model/types'
import { runsText } from '../../text/runs'
import { splitLines } from './split-lines'
import { takeParagraph } from './take-paragraph'

const isUpper = (s: string): boolean => s === s.toLocaleUpperCase('vi') && /\p{L}/u.test(s)

function signatureLine(line: string): SignatureLine {
  const m = /^(TM|KT|Q|TL|TUQ)\.\s*(.*)$/u.exec(line)
  return m ? { prefix: m[1] as AuthorityPrefix, text: m[2] ?? '' } : { text: line }
}

/**
 * Moves a loose paragraph into the signature block: upper-case lines ("TM. ỦY BAN NHÂN DÂN",
 * "CHỦ TỊCH") become the authority and title lines, the last other line the signer's name.
 * A single name line only sets the signer. Unchanged when `id` is no loose paragraph.
 */
export function asSignature(plan: Plan, id: string): Plan {
  const taken = takeParagraph(plan, id)
  if (!taken) {
    return plan
  }
  const text = runsText(taken.paragraph.content)
  const lines = splitLines(text)
  const titles = lines.filter(isUpper)
  const names = lines.filter(l => !isUpper(l))
  const signer = names.at(-1) ?? taken.plan.signature.signer
  const current = taken.plan.signature
  return {
    ...taken.plan,
    signature: {
      lines: titles.length > 0 ? titles.map(signatureLine) : current.lines,
      signer,
    },
  }
}
