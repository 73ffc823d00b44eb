import type { Finding } from '../finding'
import type { Plan } from '../types'
import { planTexts } from './plan-texts'
import { RULES, textFinding } from './rule-kit'

const RULE_DOC = `${RULES.spelling}, mục I.3: tên loại văn bản cụ thể viết hoa chữ cái đầu (Quyết định số …)`
const RULE_AGENCY = `${RULES.spelling}, mục II.2: tên cơ quan viết hoa chữ cái đầu của từ chỉ loại hình và lĩnh vực`

const DOC_TYPES =
  'nghị định|nghị quyết|quyết định|kế hoạch|thông tư|chỉ thị|công văn|pháp lệnh|hướng dẫn|thông báo|đề án|chương trình|luật'
/** `quyết định số 12/…`: a specific document named in lower case. */
const DOC = new RegExp(`(?<![\\p{L}])(${DOC_TYPES}) số (?=\\d)`, 'gu')
const FIELDS =
  'nội vụ|tư pháp|tài chính|tài nguyên và môi trường|văn hóa và thông tin|văn hoá và thông tin|giáo dục và đào tạo|y tế|kinh tế và hạ tầng|kinh tế|lao động - thương binh và xã hội|kế hoạch và đầu tư|tài chính - kế hoạch|nông nghiệp và phát triển nông thôn|thông tin và truyền thông|xây dựng|công thương|giao thông vận tải|văn hóa, thể thao và du lịch|văn hoá, thể thao và du lịch'
/** `Phòng nội vụ`, `Sở tài chính`: the field of an agency in lower case. */
const AGENCY = new RegExp(`(?<=(?<![\\p{L}])(?:Phòng|Sở) )(${FIELDS})(?![\\p{L}])`, 'gu')
/** `Ủy ban Nhân dân`, `Hội đồng Nhân Dân`: only the first word of these names is capitalised. */
const PEOPLE =
  /(?<=(?:Ủy|Uỷ) ban |Hội đồng )(Nhân [Dd]ân|nhân Dân)|(?<=(?:Ủy|Uỷ|Hội) )(Ban|Đồng)(?= [Nn]hân dân)/gu

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * Capitalisation that can be decided safely under Phụ lục II: a specific document type before
 * its number (`quyết định số 12/QĐ-UBND` → `Quyết định`), the field of a Phòng/Sở (`Phòng nội
 * vụ` → `Phòng Nội vụ`), and `Ủy ban Nhân dân` → `Ủy ban nhân dân`. Each has a fix. Place names
 * are not checked: a lower-case word after `huyện` is usually not a name.
 */
export function checkCapitalisation(plan: Plan): Finding[] {
  const out: Finding[] = []
  for (const source of planTexts(plan)) {
    const { text } = source
    const hasDoc = / số \d/.test(text)
    const hasAgency = /(?:Phòng|Sở) \p{Ll}/u.test(text)
    const hasPeople = /(?:ban|đồng) (?:Nhân|nhân Dân)|(?:Ủy|Uỷ|Hội) (?:Ban|Đồng) [Nn]hân/u.test(
      text
    )
    for (const m of hasDoc ? text.matchAll(DOC) : []) {
      const word = m[1] ?? ''
      out.push(
        textFinding(
          'warning',
          'proof.capital-document',
          `Tên loại văn bản cụ thể viết hoa chữ cái đầu: “${capitalise(word)} số”.`,
          RULE_DOC,
          source,
          m.index,
          word,
          capitalise(word)
        )
      )
    }
    for (const m of hasAgency ? text.matchAll(AGENCY) : []) {
      out.push(
        textFinding(
          'warning',
          'proof.capital-agency',
          `Tên cơ quan viết hoa chữ cái đầu của lĩnh vực: “${capitalise(m[0])}”.`,
          RULE_AGENCY,
          source,
          m.index,
          m[0],
          capitalise(m[0])
        )
      )
    }
    for (const m of hasPeople ? text.matchAll(PEOPLE) : []) {
      const fixed =
        m[0].charAt(0) === 'N' || m[0].charAt(0) === 'n' ? 'nhân dân' : m[0].toLowerCase()
      out.push(
        textFinding(
          'warning',
          'proof.capital-agency',
          `Viết “${fixed}” không viết hoa trong tên Ủy ban nhân dân, Hội đồng nhân dân.`,
          RULE_AGENCY,
          source,
          m.index,
          m[0],
          fixed
        )
      )
    }
  }
  return out
}
