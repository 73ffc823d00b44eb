import { foldVietnamese } from '../text/fold'
import type { AgencyLevel, Header } from './types'

/** Folded words that open the name of a unit of each level, most specific first. */
const LEVEL_WORDS: readonly (readonly [RegExp, AgencyLevel])[] = [
  [/^(?:xa|phuong|thi tran)\b/, 'xa'],
  [/^(?:huyen|thi xa|quan)\b/, 'huyen'],
  [/^(?:tinh|so)\b/, 'tinh'],
  [/^thanh pho\b/, 'huyen'],
]

/** Centrally governed cities (thành phố trực thuộc trung ương) are of province level. */
const PROVINCIAL_CITIES = ['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue']

/**
 * The administrative level of the issuer: the profile's level if set, otherwise derived from the
 * agency name (`XÃ TÂN LẬP` → xã, `HUYỆN LỘC BÌNH` → huyện, `SỞ NỘI VỤ` → tỉnh), the last agency
 * line first. A plan made with "Kế hoạch mới" before the profile is complete still gets a level,
 * so the level-word check and the library reuse hints work for it.
 */
export function agencyLevel(header: Header): AgencyLevel | undefined {
  if (header.level) {
    return header.level
  }
  const lines = [...header.agency, header.issuerName ?? ''].map(foldVietnamese)
  for (const line of [...lines].reverse()) {
    const level = levelOfName(line.trim())
    if (level) {
      return level
    }
  }
  return undefined
}

/** The level of one folded agency line, or of the unit named after "ủy ban nhân dân". */
function levelOfName(line: string): AgencyLevel | undefined {
  const name = line.replace(/^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s*/, '')
  if (/^thanh pho\b/.test(name) && PROVINCIAL_CITIES.some(c => name.includes(c))) {
    return 'tinh'
  }
  return LEVEL_WORDS.find(([pattern]) => pattern.test(name))?.[1]
}
