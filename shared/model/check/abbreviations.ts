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
    if (!t.text.includes('(')) {
      return
    }
    for (const m of t.text.matchAll(/(?<=\p{Ll} )\((\p{Lu}{2,8})\)/gu)) {
      const abbr = m[1] ?? ''
      if (!defined.has(abbr)) {
        defined.set(abbr, [i, m.index + 1])
      }
    }
  })
  if (defined.size === 0) {
    return []
  }
  const out: Finding[] = []
  for (const [abbr, [at, offset]] of defined) {
    const word = new RegExp(`(?<![\\p{L}(])${abbr}(?![\\p{L})])`, 'u')
    for (let i = 0; i <= at; i += 1) {
      const t = texts[i]
      const m = t && t.text.includes(abbr) ? word.exec(t.text) : null
      if (t && m && (i < at || m.index < offset)) {
        out.push(
          textFinding(
            'warning',
            'proof.abbreviation-before-definition',
            `“${abbr}” được dùng trước khi viết đầy đủ (ở đoạn sau mới có “… (${abbr})”).`,
            RULE,
            t,
            m.index,
            abbr
          )
        )
        break
      }
    }
  }
  return out
}
