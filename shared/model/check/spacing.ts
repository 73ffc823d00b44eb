import type { Finding } from '../finding'
import type { Plan } from '../types'
import { planTexts } from './plan-texts'
import { RULES, textFinding } from './rule-kit'

const RULE = `${RULES.punctuation}: một khoảng trắng giữa các từ, không có khoảng trắng trước dấu câu`

/**
 * Spacing around punctuation: two or more spaces between words, a space before `, ; : . ! ? )`
 * or after `(`, and a missing space after `, ;` before a letter (`a,b` but not `44,07` or `1.2`).
 * Leading and trailing spaces are left to the editor. Every finding has a fix.
 */
export function checkSpacing(plan: Plan): Finding[] {
  const out: Finding[] = []
  for (const source of planTexts(plan)) {
    const { text } = source
    if (!/ {2}| [,;:.!?)]|\( |[,;][\p{L}]/u.test(text)) {
      continue
    }
    for (const m of text.matchAll(/(?<=\S) {2,}(?=\S)/gu)) {
      out.push(
        textFinding(
          'warning',
          'proof.double-space',
          'Thừa khoảng trắng giữa hai từ.',
          RULE,
          source,
          m.index,
          m[0],
          ' '
        )
      )
    }
    for (const m of text.matchAll(/(?<=[\p{L}\d)”"]) +(?=[,;:!?)]|\.(?!\.))/gu)) {
      const mark = text[m.index + m[0].length] ?? ''
      out.push(
        textFinding(
          'warning',
          'proof.space-before-punctuation',
          `Thừa khoảng trắng trước dấu “${mark}”.`,
          RULE,
          source,
          m.index,
          m[0],
          ''
        )
      )
    }
    for (const m of text.matchAll(/(?<=\() +(?=\S)/gu)) {
      out.push(
        textFinding(
          'warning',
          'proof.space-after-bracket',
          'Thừa khoảng trắng sau dấu “(”.',
          RULE,
          source,
          m.index,
          m[0],
          ''
        )
      )
    }
    for (const m of text.matchAll(/(?<=\p{L}[,;])(?=\p{L})/gu)) {
      const mark = text[m.index - 1] ?? ''
      out.push(
        textFinding(
          'warning',
          'proof.missing-space',
          `Thiếu khoảng trắng sau dấu “${mark}”.`,
          RULE,
          source,
          m.index,
          '',
          ' '
        )
      )
    }
  }
  return out
}
