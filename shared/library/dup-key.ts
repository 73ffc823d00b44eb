import { foldWord } from './fold-cached'

/**
 * Near-duplicate key normalisation.
 *
 * Clerks reuse a clause across years, levels and places, editing only years, dates, numbers,
 * the level word (tỉnh ↔ huyện ↔ xã) and agency or place names. The key keeps the words that
 * carry meaning and replaces the rest with markers, so those variants share one key:
 * numbers and dates → `#`, level words and proper-name runs → `@`; whitespace, punctuation,
 * case and diacritics are ignored. It runs on every insert, hence the plain loops.
 */

/** Level words (folded) that are swapped when a clause moves between levels. */
const LEVEL_WORDS = new Set(['tinh', 'huyen', 'xa', 'phuong', 'quan'])

/** Two-word level names (folded); the pair becomes one marker. */
const LEVEL_PAIRS = new Set(['thanh pho', 'thi xa', 'thi tran'])
const LEVEL_PAIR_STARTS = new Set(['thanh', 'thi'])

/** Long agency names (folded) and the abbreviation clerks write for them. */
const ABBREVIATIONS: readonly (readonly [readonly string[], string])[] = [
  [['uy', 'ban', 'nhan', 'dan'], 'ubnd'],
  [['hoi', 'dong', 'nhan', 'dan'], 'hdnd'],
  [['mat', 'tran', 'to', 'quoc'], 'mttq'],
]
const ABBREVIATION_STARTS = new Set(ABBREVIATIONS.map(([parts]) => parts[0]))

/**
 * The lower-case tails of common agency names (folded): in `Phòng Nội vụ` or `Sở Tài nguyên và
 * Môi trường` only the first word is capitalised, so the name would otherwise end too early.
 */
const AGENCY_TAILS: readonly (readonly string[])[] = [
  'noi vu',
  'tu phap',
  'tai chinh',
  'tai chinh ke hoach',
  'tai nguyen va moi truong',
  'van hoa va thong tin',
  'van hoa the thao va du lich',
  'giao duc va dao tao',
  'y te',
  'lao dong thuong binh va xa hoi',
  'kinh te va ha tang',
  'kinh te ha tang',
  'nong nghiep va phat trien nong thon',
  'thong tin va truyen thong',
  'ke hoach va dau tu',
  'xay dung',
  'cong thuong',
  'dan toc',
  'giao thong van tai',
  'khoa hoc va cong nghe',
].map(tail => tail.split(' '))

/** Words and sentence breaks; a date like 27/5/2024 falls apart into numbers. */
const TOKEN = /[\p{L}\p{N}]+|[.;:!?\n]/gu
const NUMBER = /^\p{N}+$/u
const CAPITAL = /^\p{Lu}/u
const LOWER = /\p{Ll}/u

type WordInfo = { readonly folded: string; readonly capital: boolean }
/** A chunk of text between spaces: its words, with `undefined` for a sentence break. */
type Chunk = readonly (WordInfo | undefined)[]

/** Chunks seen so far; clause text repeats the same chunks endlessly, tokenising does not. */
const chunkCache = new Map<string, Chunk>()

function chunk(text: string): Chunk {
  let found = chunkCache.get(text)
  if (found === undefined) {
    if (chunkCache.size > 200_000) {
      chunkCache.clear()
    }
    found = [...text.matchAll(TOKEN)].map(([token]) => {
      if (token.length === 1 && '.;:!?\n'.includes(token)) {
        return undefined
      }
      const folded = foldWord(token)
      return { folded: NUMBER.test(folded) ? '#' : folded, capital: CAPITAL.test(token) }
    })
    chunkCache.set(text, found)
  }
  return found
}

/** Folded words with capital and sentence-start flags; agency names abbreviated. */
function scan(text: string): { words: string[]; capital: boolean[]; start: boolean[] } {
  const words: string[] = []
  const capital: boolean[] = []
  const start: boolean[] = []
  let sentenceStart = true
  // In an all-caps heading every word looks like an acronym; there, capitals say nothing.
  const shouting = !LOWER.test(text)
  for (const piece of text.normalize('NFC').split(/[ \t\r]+/)) {
    for (const word of chunk(piece)) {
      if (word === undefined) {
        sentenceStart = true
        continue
      }
      words.push(word.folded)
      capital.push(word.capital && !shouting)
      start.push(sentenceStart)
      sentenceStart = false
    }
  }
  return abbreviate({ words, capital, start })
}

function abbreviate(scanned: { words: string[]; capital: boolean[]; start: boolean[] }) {
  const { words, capital, start } = scanned
  for (let i = 0; i < words.length; i++) {
    if (!ABBREVIATION_STARTS.has(words[i])) {
      continue
    }
    const found = ABBREVIATIONS.find(([parts]) => parts.every((part, k) => words[i + k] === part))
    if (found) {
      words.splice(i, found[0].length, found[1])
      capital.splice(i, found[0].length, true)
      start.splice(i + 1, found[0].length - 1)
    }
  }
  return scanned
}

/** The near-duplicate key of a clause text (see the module comment). */
export function dupKey(text: string): string {
  const { words, capital, start } = scan(text)
  const key: string[] = []
  let last = ''
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string
    let token = word
    if (LEVEL_PAIR_STARTS.has(word) && LEVEL_PAIRS.has(`${word} ${words[i + 1] ?? ''}`)) {
      token = '@'
      i++
    } else if (isName(capital, start, i)) {
      token = '@'
      i += agencyTail(words, i)
    } else if (LEVEL_WORDS.has(word)) {
      token = '@'
    }
    // Runs of markers collapse: "huyện Lộc Bình" and "xã Liên Hội" are both one `@`.
    if (token !== last || (token !== '#' && token !== '@')) {
      key.push(token)
      last = token
    }
  }
  return key.join(' ')
}

/** How many words after `i` continue an agency name whose tail is in lower case. */
function agencyTail(words: readonly string[], i: number): number {
  const tail = AGENCY_TAILS.find(parts => parts.every((part, k) => words[i + k] === part))
  return tail ? tail.length - 1 : 0
}

/** A capital starts a proper name, except at a sentence start unless a name follows it. */
function isName(capital: readonly boolean[], start: readonly boolean[], i: number): boolean {
  return capital[i] === true && (start[i] !== true || capital[i + 1] === true)
}
