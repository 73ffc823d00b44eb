import type { Finding } from '../finding'
import type { Plan } from '../types'
import { planTexts } from './plan-texts'
import { RULES, textFinding } from './rule-kit'

const RULE = `${RULES.punctuation}: ngoặc đơn, ngoặc kép phải có đủ mở và đóng`

const PAIRS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['[', ']'],
  ['“', '”'],
]

/**
 * Unbalanced brackets and quotes in one text: a `(` never closed, a `)` never opened, and the
 * same for `[ ]` and `“ ”`; straight `"` must come in pairs. A list marker `a)` or `1)` at the
 * start is not a bracket. No fix: where the missing mark goes is the clerk's call.
 */
export function checkBrackets(plan: Plan): Finding[] {
  const out: Finding[] = []
  for (const source of planTexts(plan)) {
    const text = source.text.replace(/^\s*(?:[\p{L}\d]{1,3}\)|\d+\))/u, m => ' '.repeat(m.length))
    for (const [open, close] of PAIRS) {
      if (!text.includes(open) && !text.includes(close)) {
        continue
      }
      let depth = 0
      let bad = -1
      for (let i = 0; i < text.length && bad < 0; i += 1) {
        if (text[i] === open) {
          depth += 1
        } else if (text[i] === close) {
          depth -= 1
          if (depth < 0) {
            bad = i
          }
        }
      }
      if (bad < 0 && depth > 0) {
        bad = text.lastIndexOf(open)
      }
      if (bad >= 0) {
        const mark = text[bad] ?? open
        out.push(
          textFinding(
            'warning',
            'proof.unbalanced-bracket',
            `Dấu “${mark}” không có dấu “${mark === open ? close : open}” tương ứng.`,
            RULE,
            source,
            bad,
            mark
          )
        )
      }
    }
    if ((text.match(/"/g) ?? []).length % 2 === 1) {
      out.push(
        textFinding(
          'warning',
          'proof.unbalanced-bracket',
          'Dấu ngoặc kép (") không có dấu đóng tương ứng.',
          RULE,
          source,
          text.lastIndexOf('"'),
          '"'
        )
      )
    }
  }
  return out
}
