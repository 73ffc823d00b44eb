import { foldVietnamese } from '../../text/fold'

/** Words that open a specific agency name (`Phòng Nội vụ`, `Công an xã`, `Ủy ban MTTQ …`). */
const TYPE =
  /^(?:Phòng|Sở|Văn phòng|Công an|Ban|Trung tâm|Thanh tra|Chi cục|Đài|Hội|Đoàn|Kho bạc|Bảo hiểm xã hội|Ủy ban MTTQ|Ủy ban Mặt trận|Liên đoàn|Tòa án|Viện|Chi nhánh|Hạt|Trạm|Ban Chỉ huy)(?= (?:\p{Lu}|huyện|xã|tỉnh|thị xã|thị trấn|thành phố|phường))/u

/** Agency types covered by a collective recipient line, and the folded words of such lines. */
const COLLECTIVE: readonly (readonly [RegExp, RegExp])[] = [
  [
    /^(?:phong|so|van phong|trung tam|thanh tra|chi cuc|dai|ban|hat|tram)\b/,
    /cac phong|co quan chuyen mon|cac co quan, don vi|cac so|ban, nganh|cac don vi/,
  ],
  [
    /^(?:cong an|toa an|vien|kho bac|bao hiem|chi nhanh)\b/,
    /nganh doc|cac co quan, don vi|ban, nganh/,
  ],
  [
    /^(?:uy ban mttq|uy ban mat tran|hoi|doan|lien doan)\b/,
    /doan the|mttq|mat tran|ct-xh|chinh tri - xa hoi/,
  ],
]

/**
 * The specific agencies a lead/partner cell lists: the cell split at `,` `;` and line breaks,
 * each part that opens with an agency type word and a capital or level word, without a final
 * dot or bracketed note. Collective parts (`Các cơ quan liên quan`, `UBND cấp xã`) are left out.
 */
export function cellAgencies(cell: string): string[] {
  return cell
    .split(/[,;\n]/)
    .map(part => part.replace(/\([^)]*\)/g, '').replace(/^[\s\-+–]+|[\s.]+$/gu, ''))
    .filter(part => TYPE.test(part) && part.split(' ').length <= 12)
}

/**
 * The agency a Tổ chức thực hiện block assigns duties to: the block opens with an agency name
 * ended by `:`, `(`, `,` or the end of a short heading (`Phòng Nội vụ:`, `Công an huyện (chủ trì)`).
 */
export function dutyAgency(text: string, heading: boolean): string | undefined {
  const m = /^[\s\-+–]*([^:(,;.]+?)\s*(?:[:(,;]|\.?$)/u.exec(text)
  const name = m?.[1]?.trim() ?? ''
  if (!TYPE.test(name) || name.split(' ').length > 10) {
    return undefined
  }
  return heading || /^[\s\-+–]*[^:(,;.]+?\s*[:(]/u.test(text) ? name : undefined
}

/** The folded name with the usual abbreviations expanded, for comparison. */
export function agencyKey(name: string): string {
  const cached = keys.get(name)
  if (cached !== undefined) {
    return cached
  }
  if (keys.size > 5000) {
    keys.clear()
  }
  const key = computeKey(name)
  keys.set(name, key)
  return key
}

const keys = new Map<string, string>()

function computeKey(name: string): string {
  return foldVietnamese(name)
    .replace(/\bubnd\b/g, 'uy ban nhan dan')
    .replace(/\bhdnd\b/g, 'hoi dong nhan dan')
    .replace(/\bmttq\b/g, 'mat tran to quoc')
    .replace(/&/g, 'va')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Which agencies the collective lines among `keys` cover (`Các phòng chuyên môn thuộc huyện`
 * covers every Phòng): a test for a folded agency key, the lines read once.
 */
export function collectiveCover(keys: readonly string[]): (key: string) => boolean {
  const covered = COLLECTIVE.filter(([, line]) => keys.some(k => line.test(k)))
  return key => covered.some(([type]) => type.test(key))
}

const LEVEL_TOKENS = new Set(['huyen', 'xa', 'tinh', 'thi', 'tran', 'phuong', 'thanh', 'pho'])

/**
 * A name's signature: one letter per word, every letter of an abbreviation (`UBND` → `ubnd`,
 * `Ủy ban nhân dân` → `ubnd`, `Tài chính – KH` → `tckh`), without `và`/`&` and, in `core`,
 * without the level words that end it — so written-out and abbreviated forms of one agency compare equal.
 */
export function nameSignature(name: string): Signature {
  const cached = signatures.get(name)
  if (cached) {
    return cached
  }
  const signature = computeSignature(name)
  if (signatures.size > 5000) {
    signatures.clear()
  }
  signatures.set(name, signature)
  return signature
}

/** Signature of a name: see `nameSignature`. */
type Signature = { readonly full: string; readonly core: string }
const signatures = new Map<string, Signature>()

function computeSignature(name: string): Signature {
  const parts: (readonly [string, boolean])[] = []
  for (const token of name.split(/[^\p{L}\d]+/u)) {
    if (token === '' || /^(?:và|&)$/u.test(token)) {
      continue
    }
    const folded = foldVietnamese(token)
    const abbreviation = token.length >= 2 && token === token.toUpperCase() && /\p{Lu}/u.test(token)
    parts.push([abbreviation ? folded : folded.charAt(0), LEVEL_TOKENS.has(folded)])
  }
  const full = parts.map(([letters]) => letters).join('')
  let end = parts.length
  while (end > 0 && parts[end - 1]?.[1]) {
    end -= 1
  }
  const core = parts
    .slice(0, end)
    .map(([letters]) => letters)
    .join('')
  return { full, core }
}

/** Whether two names likely denote the same agency (one signature begins the other). */
export function sameAgency(a: string, b: string): boolean {
  const x = nameSignature(a)
  const y = nameSignature(b)
  if (x.core.length < 4 || y.core.length < 4) {
    return x.full === y.full
  }
  return x.core.startsWith(y.core) || y.core.startsWith(x.core)
}

/** Candidate agency names in free text: from each type word to the next `: ; . ( )` or line end. */
export function mentionedNames(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(MENTION)) {
    out.push(m[0].trim())
  }
  return out
}

const MENTION =
  /(?<![\p{L}])(?:Phòng|Sở|Văn phòng|Công an|Ban|Trung tâm|Thanh tra|Chi cục|Đài|Hội|Đoàn|Kho bạc|Bảo hiểm|Ủy ban|UBND|Liên đoàn|Tòa án|Viện|Chi nhánh|Hạt|Trạm|TT)[^:;.()\n]{0,80}/gu

/**
 * Whether two names are one unit for reporting once: the same name up to abbreviations, where a
 * name without a level word (`Văn phòng HĐND và UBND`) matches it with any level.
 */
export function sameUnit(a: string, b: string): boolean {
  const x = nameSignature(a)
  const y = nameSignature(b)
  return x.core === y.core && (x.full === y.full || x.full === x.core || y.full === y.core)
}
