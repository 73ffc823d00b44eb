import fs from 'node:fs'
import path from 'node:path'
import type { ClauseDraft } from '../../../shared/library/types'
import type { AgencyLevel } from '../../../shared/model/types'
import { foldVietnamese } from '../../../shared/text/fold'

/** Where the real seed plans (text extractions) live. */
export const SEED_DIR = '/work/shared/seeds'

const PLACES = [
  'Lộc Bình',
  'Vị Xuyên',
  'Liên Hội',
  'Văn Quan',
  'Cao Lộc',
  'Tràng Định',
  'Bắc Sơn',
  'Hữu Lũng',
  'Chi Lăng',
  'Đình Lập',
  'Bình Gia',
  'Văn Lãng',
  'Bảo Thắng',
  'Sa Pa',
  'Bát Xát',
  'Mường Khương',
  'Quản Bạ',
  'Yên Minh',
  'Đồng Văn',
  'Mèo Vạc',
  'Bắc Mê',
  'Hoàng Su Phì',
  'Xín Mần',
  'Quang Bình',
]
const PROVINCES = ['Lạng Sơn', 'Hà Giang', 'Lào Cai', 'Cao Bằng', 'Yên Bái', 'Tuyên Quang']
const AGENCIES = [
  'Phòng Nội vụ',
  'Phòng Tư pháp',
  'Văn phòng HĐND và UBND huyện',
  'Phòng Tài nguyên và Môi trường',
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Công an huyện',
  'Phòng Văn hóa và Thông tin',
  'Thanh tra huyện',
]
const LEVELS: readonly (readonly [AgencyLevel, string])[] = [
  ['tinh', 'tỉnh'],
  ['huyen', 'huyện'],
  ['xa', 'xã'],
]

/** A small deterministic PRNG (mulberry32), so every run measures the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T
}

/** Real sentences from the seed plans: body lines with at least six words. */
export function seedSentences(dir = SEED_DIR): string[] {
  const out = new Set<string>()
  for (const name of fs
    .readdirSync(dir)
    .filter(file => file.endsWith('.txt'))
    .sort()) {
    for (const line of fs.readFileSync(path.join(dir, name), 'utf8').split('\n')) {
      const text = line
        .replace(/^[-+*\s]+|[*_|]/g, '')
        .trim()
        .normalize('NFC')
      if (text.split(/\s+/).length >= 6 && text.length <= 600) {
        out.add(text)
      }
    }
  }
  return [...out]
}

/** A clerk's edit of a sentence: other years, places, agencies, level; sometimes reordered. */
function vary(
  rand: () => number,
  sentence: string
): { text: string; level: AgencyLevel; year: number } {
  const [level, levelWord] = pick(rand, LEVELS)
  const year = 2018 + Math.floor(rand() * 9)
  let text = sentence
    .replace(/\b20\d\d\b/g, () => String(year - Math.floor(rand() * 2)))
    .replace(new RegExp(PLACES.join('|'), 'g'), () => pick(rand, PLACES))
    .replace(new RegExp(PROVINCES.join('|'), 'g'), () => pick(rand, PROVINCES))
    .replace(/Phòng Nội vụ|Phòng Tư pháp|Sở Nội vụ|Sở Tư pháp/g, () => pick(rand, AGENCIES))
    .replace(/\b(huyện|xã|tỉnh)\b/gu, () => levelWord)
  if (rand() < 0.25) {
    // Word order: clerks move the parts of an enumeration around.
    const parts = text.split(/, /)
    if (parts.length > 2) {
      const k = 1 + Math.floor(rand() * (parts.length - 1))
      text = [...parts.slice(k), ...parts.slice(0, k)].join(', ')
    }
  }
  return { text, level, year }
}

/** `count` paragraph drafts: synthetic variants of the seed sentences, many near-duplicates. */
export function syntheticDrafts(count: number, seed = 42): ClauseDraft[] {
  const rand = random(seed)
  const sentences = seedSentences()
  const drafts: ClauseDraft[] = []
  for (let i = 0; i < count; i++) {
    const { text, level, year } = vary(rand, pick(rand, sentences))
    drafts.push({
      kind: 'paragraph',
      fragment: {
        kind: 'paragraph',
        block: { type: 'paragraph', id: `p${i}`, content: [{ text }] },
      },
      text,
      tags: {
        section: rand() < 0.5 ? 'tasks' : 'purpose',
        ...(rand() < 0.4 ? { papi: `P${1 + Math.floor(rand() * 8)}` } : {}),
      },
      source: {
        title: `Kế hoạch tổng hợp ${i % 97}`,
        issuer: `UBND ${pick(rand, PLACES)}`,
        level,
        year,
      },
    })
  }
  return drafts
}

/** 1–3 word queries without diacritics, the last word cut to a prefix, from seed text. */
export function syntheticQueries(count: number, seed = 7): string[] {
  const rand = random(seed)
  const sentences = seedSentences()
  const out: string[] = []
  while (out.length < count) {
    const words = foldVietnamese(pick(rand, sentences))
      .split(/[^\p{L}\p{N}]+/u)
      .filter(w => w.length > 1)
    const n = 1 + Math.floor(rand() * 3)
    if (words.length < n) {
      continue
    }
    const start = Math.floor(rand() * (words.length - n + 1))
    const chosen = words.slice(start, start + n)
    const last = chosen[n - 1] as string
    chosen[n - 1] = last.slice(0, Math.max(2, Math.ceil(last.length * (0.4 + rand() * 0.6))))
    out.push(chosen.join(' '))
  }
  return out
}
