import type { Finding } from '../finding'
import type { Plan } from '../types'
import { planTexts } from './plan-texts'
import { RULES, textFinding } from './rule-kit'

const RULE = `${RULES.punctuation}: ngoặc đơn, ngoặc kép phải có đủ mở và đóng`

const MARKS = /[()[\]“”"]/
const OPEN: Readonly<Record<string, string>> = { ')': '(', ']': '[', '”': '“' }
const CLOSE: Readonly<Record<string, string>> = { '(': ')', '[': ']', '“': '”' }
/** A list marker at the start (`a)`, `1)`) is not a bracket. */
const MARKER = /^\s*[\p{L}\d]{1,3}\)/u

/**
 * Unbalanced brackets and quotes in one text: a `(` never closed, a `)` never opened, and the
 * same for `[ ]` and `“ ”`; straight `"` must come in pairs. No fix: where the missing mark goes
 * is the clerk's call.
 */
export function checkBrackets(plan: Plan): Finding[] {
  const out: Finding[] = []
  for (const source of planTexts(plan)) {
    const { text } = source
    if (!MARKS.test(text)) {
      continue
    }
    const from = MARKER.exec(text)?.[0].length ?? 0
    const open: Record<string, number[]> = { '(': [], '[': [], '“': [] }
    const stray: number[] = []
    let straight = -1
    let straightCount = 0
    for (let i = from; i < text.length; i += 1) {
      const c = text[i] ?? ''
      if (c in CLOSE) {
        open[c]?.push(i)
      } else if (c in OPEN) {
        const stack = open[OPEN[c] ?? ''] ?? []
        if (stack.length > 0) {
          stack.pop()
        } else {
          stray.push(i)
        }
      } else if (c === '"') {
        straightCount += 1
        straight = i
      }
    }
    const unclosed = Object.values(open).flatMap(stack => stack.slice(-1))
    for (const at of [...stray.slice(0, 1), ...unclosed].sort((a, b) => a - b)) {
      const mark = text[at] ?? ''
      const other = CLOSE[mark] ?? OPEN[mark] ?? ''
      out.push(
        textFinding(
          'warning',
          'proof.unbalanced-bracket',
          `Dấu “${mark}” không có dấu “${other}” tương ứng.`,
          RULE,
          source,
          at,
          mark
        )
      )
    }
    if (straightCount % 2 === 1) {
      out.push(
        textFinding(
          'warning',
          'proof.unbalanced-bracket',
          'Dấu ngoặc kép (") không có dấu đóng tương ứng.',
          RULE,
          source,
          straight,
          '"'
        )
      )
    }
  }
  return out
}
