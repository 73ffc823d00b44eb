import type { Finding } from '../finding'
import type { Plan, ToneStyle } from '../types'
import { planTexts, type PlanText } from './plan-texts'
import { RULES, textFinding } from './rule-kit'

const RULE = `${RULES.spelling}: thống nhất một cách đặt dấu thanh trong toàn văn bản`
const TONE = '[\u0300\u0301\u0303\u0309\u0323]'
/** In NFD: `hòa`, `thủy` (old style) — the tone on the first vowel of an open oa/oe/uy. */
const OLD = new RegExp(`^(.*?)([oOuU])(${TONE})([aAeEyY])$`, 'u')
/** In NFD: `hoà`, `thuỷ` (new style) — the tone on the last vowel. */
const NEW = new RegExp(`^(.*?)([oOuU])([aAeEyY])(${TONE})$`, 'u')

/** The end of an open oa/oe/uy syllable with a tone mark, in NFC (the word start is found after). */
const CANDIDATE =
  /(?:[òóỏõọÒÓỎÕỌ][aAeE]|[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[ùúủũụÙÚỦŨỤ][yY]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu

type Hit = {
  readonly source: PlanText
  readonly start: number
  readonly word: string
  readonly style: ToneStyle
  readonly other: string
}

/** The style of a word and its spelling in the other style, or undefined if it has neither. */
export function toneStyleOf(word: string): { style: ToneStyle; other: string } | undefined {
  const nfd = word.normalize('NFD')
  const old = OLD.exec(nfd)
  const pair = old ?? NEW.exec(nfd)
  if (!pair) {
    return undefined
  }
  const [, head = '', vowel = '', a = '', b = ''] = pair
  // "quý", "quỳnh": the u belongs to qu, the tone always sits on y.
  if (/[qQ]$/.test(head) && (vowel === 'u' || vowel === 'U')) {
    return undefined
  }
  return old
    ? { style: 'old', other: `${head}${vowel}${b}${a}`.normalize('NFC') }
    : { style: 'new', other: `${head}${vowel}${b}${a}`.normalize('NFC') }
}

/**
 * One tone-placement style per document: `hòa, thủy, Ủy` (old) or `hoà, thuỷ, Uỷ` (new). The
 * clerk's choice (`plan.proofing.toneStyle`) wins; without one the style most used in the plan
 * does (the old style on a tie, as in the decree's own text). Each word of the other style gets a fix.
 */
export function checkToneStyle(plan: Plan): Finding[] {
  const hits: Hit[] = []
  for (const source of planTexts(plan)) {
    for (const m of source.text.matchAll(CANDIDATE)) {
      let start = m.index
      while (start > 0 && /\p{L}/u.test(source.text[start - 1] ?? '')) {
        start -= 1
      }
      const word = source.text.slice(start, m.index + m[0].length)
      const style = toneStyleOf(word)
      if (style) {
        hits.push({ source, start, word, ...style })
      }
    }
  }
  const olds = hits.filter(h => h.style === 'old').length
  const chosen: ToneStyle = plan.proofing?.toneStyle ?? (hits.length - olds > olds ? 'new' : 'old')
  const label = chosen === 'old' ? 'hòa, thủy, Ủy' : 'hoà, thuỷ, Uỷ'
  return hits
    .filter(h => h.style !== chosen)
    .map(h =>
      textFinding(
        'info',
        'proof.tone-style',
        `“${h.word}” → “${h.other}”: văn bản đặt dấu thanh theo một kiểu (${label}).`,
        RULE,
        h.source,
        h.start,
        h.word,
        h.other
      )
    )
}
