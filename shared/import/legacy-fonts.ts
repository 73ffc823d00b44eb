import { TCVN3_TABLE, TONE_MARKS, VNI_HATS, VNI_SINGLES, VNI_TONES } from './legacy-tables'

/** The old encoding a font implies, if any. */
export type LegacyEncoding = 'tcvn3' | 'tcvn3-caps' | 'vni'

/** `.VnTime`, `.VnArial` … are TCVN3 (`…H` variants print caps); `VNI-Times` … are VNI. */
export function legacyEncoding(font: string | undefined): LegacyEncoding | undefined {
  if (font === undefined) {
    return undefined
  }
  const name = font.trim()
  if (/^\.vn/i.test(name)) {
    return /h$/i.test(name) ? 'tcvn3-caps' : 'tcvn3'
  }
  if (/^vni[- ]/i.test(name)) {
    return 'vni'
  }
  return undefined
}

const TCVN3 = new Map(TCVN3_TABLE)

function buildVni(): Map<string, string> {
  const map = new Map<string, string>(VNI_SINGLES)
  const add = (vni: string, base: string, marks: string): void => {
    map.set(vni, (base + marks).normalize('NFC'))
  }
  for (const upper of [false, true]) {
    const c = (s: string): string => (upper ? s.toUpperCase() : s)
    const tones = upper ? VNI_TONES.plainUpper : VNI_TONES.plain
    const circ = upper ? VNI_TONES.circumflexUpper : VNI_TONES.circumflex
    const breve = upper ? VNI_TONES.breveUpper : VNI_TONES.breve
    const hat = VNI_HATS.circumflex[upper ? 1 : 0]
    const brv = VNI_HATS.breve[upper ? 1 : 0]
    for (const v of ['a', 'e', 'o', 'u', 'y']) {
      tones.forEach((t, i) => add(c(v) + t, c(v), TONE_MARKS[i] ?? ''))
    }
    for (const v of ['a', 'e', 'o']) {
      add(c(v) + hat, c(v), '\u0302')
      circ.forEach((t, i) => add(c(v) + t, c(v), `\u0302${TONE_MARKS[i] ?? ''}`))
    }
    add(c('a') + brv, c('a'), '\u0306')
    breve.forEach((t, i) => add(c('a') + t, c('a'), `\u0306${TONE_MARKS[i] ?? ''}`))
    for (const [horn, base] of upper
      ? [
          ['\u00d4', 'O'],
          ['\u00d6', 'U'],
        ]
      : [
          ['\u00f4', 'o'],
          ['\u00f6', 'u'],
        ]) {
      tones.forEach((t, i) => add((horn ?? '') + t, base ?? '', `\u031b${TONE_MARKS[i] ?? ''}`))
    }
  }
  return map
}

let vni: Map<string, string> | undefined

/** Converts text typed in a TCVN3 or VNI font to Unicode NFC. */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  if (encoding === 'vni') {
    vni ??= buildVni()
    let out = ''
    for (let i = 0; i < text.length; i++) {
      const pair = vni.get(text.slice(i, i + 2))
      if (pair !== undefined) {
        out += pair
        i++
      } else {
        const ch = text.charAt(i)
        out += vni.get(ch) ?? ch
      }
    }
    return out.normalize('NFC')
  }
  let out = ''
  for (const ch of text) {
    out += TCVN3.get(ch) ?? ch
  }
  return (encoding === 'tcvn3-caps' ? out.toLocaleUpperCase('vi') : out).normalize('NFC')
}
