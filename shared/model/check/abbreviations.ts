import type { Finding } from '../finding'
import type { Plan } from '../types'
import { planTexts } from './plan-texts'
import { RULES, textFinding } from './rule-kit'

const RULE = `${RULES.spelling}: chữ viết tắt phải được viết đầy đủ ở lần dùng đầu tiên, kèm chữ viết tắt trong ngoặc đơn`

/**
 * An abbreviation used before it is spelled out: the plan defines `thủ tục hành chính (TTHC)`
 * but uses `TTHC` earlier. Abbreviations never defined (UBND, HĐND) are left alone, and so is the
 * subject line, which the clerk writes last. No fix: the sentence has to be reworded.
 */
export function checkAbbreviations(plan: Plan): Finding[] {
  const texts = planTexts(plan).filter(t => t.kind !== 'subject')
  const defined = new Map<string, readonly [number, number]>()
  texts.forEach((t, i) => {
    for (const m of t.text.matchAll(/\p{L}[\p{L} ,-]{3,}\((\p{Lu}{2,8})\)/gu)) {
      const abbr = m[1] ?? ''
      if (!defined.has(abbr)) {
        defined.set(abbr, [i, m.index + m[0].length - abbr.length - 1])
      }
    }
  })
  if (defined.size === 0) {
    return []
  }
  const out: Finding[] = []
  const reported = new Set<string>()
  texts.forEach((t, i) => {
    for (const m of t.text.matchAll(/(?<![\p{L}(])\p{Lu}{2,8}(?![\p{L})])/gu)) {
      const at = defined.get(m[0])
      if (at && (i < at[0] || (i === at[0] && m.index < at[1])) && !reported.has(m[0])) {
        reported.add(m[0])
        out.push(
          textFinding(
            'warning',
            'proof.abbreviation-before-definition',
            `“${m[0]}” được dùng trước khi viết đầy đủ (ở đoạn sau mới có “… (${m[0]})”).`,
            RULE,
            t,
            m.index,
            m[0]
          )
        )
      }
    }
  })
  return out
}
