import type { Finding } from '../finding'
import { agencyLevel } from '../agency-level'
import type { AgencyLevel, Plan } from '../types'
import { planTexts } from './plan-texts'
import { RULES, textFinding } from './rule-kit'

const RULE = `${RULES.consistency}: kế hoạch của cơ quan cấp nào thì tự gọi mình theo cấp đó`
const WORD: Readonly<Record<AgencyLevel, string>> = { tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' }

/**
 * Phrases in which the issuer speaks of itself: its own website ("Trang thông tin điện tử của
 * huyện" — each commune, district and province runs its own) and its issuing of this plan
 * ("UBND huyện xây dựng Kế hoạch"). Followed by a capital (a named unit: "huyện Vị Xuyên") or by
 * another level ("của huyện, xã"), the word names another unit and is left alone. A higher
 * level's portal ("Cổng thông tin điện tử của tỉnh") and "trên địa bàn tỉnh" are legitimate.
 */
function selfPhrases(word: string): RegExp {
  const site = `[Tt]rang (?:thông tin điện tử|TTĐT)(?: của)? ${word}(?![\\p{L}])(?! \\p{Lu})(?!\\s*(?:và|,|\\/|-))`
  const issuing = `(?:Ủy ban nhân dân|UBND) ${word}(?= (?:xây dựng|ban hành) (?:Kế hoạch|kế hoạch))`
  return new RegExp(`(?:${site}|${issuing})`, 'gu')
}

/**
 * Level words against the issuer: in a commune plan "trên địa bàn huyện" or "Trang thông tin
 * điện tử của huyện" is text reused from a district plan. The level comes from the profile or,
 * when absent, from the agency name (`UBND XÃ TÂN LẬP` → xã). Fix: the issuer's level word.
 */
export function checkLevelWords(plan: Plan): Finding[] {
  const level = agencyLevel(plan.header)
  if (!level) {
    return []
  }
  const own = WORD[level]
  const others = (Object.keys(WORD) as AgencyLevel[]).filter(l => l !== level).map(l => WORD[l])
  const patterns = others.map(word => ({ word, pattern: selfPhrases(word) }))
  const out: Finding[] = []
  for (const source of planTexts(plan)) {
    if (source.kind === 'recipient' || source.kind === 'basis' || !mayMention(source.text)) {
      continue
    }
    for (const { word, pattern } of patterns) {
      for (const m of source.text.matchAll(pattern)) {
        out.push(
          textFinding(
            'warning',
            'consistency.level-word',
            `Kế hoạch của cấp ${own} nhưng ở đây viết “${word}”: có thể là đoạn lấy từ kế hoạch cấp ${word}.`,
            RULE,
            source,
            m.index + m[0].length - word.length,
            word,
            own
          )
        )
      }
    }
  }
  return out
}

/** A cheap pre-test before the phrase patterns run. */
function mayMention(text: string): boolean {
  return (
    text.includes('rang thông tin điện tử') ||
    text.includes('rang TTĐT') ||
    text.includes(' xây dựng') ||
    text.includes(' ban hành')
  )
}
