import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Packer } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDocument } from '../../shared/docx/build-document'
import type { Block, Plan, Run } from '../../shared/model/types'
import { fixturePlan } from '../shared/docx/fixture'
import { loadSamples } from '../shared/docx/samples'

const hasTool = (cmd: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
const HAS_SOFFICE = hasTool('soffice') && hasTool('pdftotext') && hasTool('pdfinfo')
if (!HAS_SOFFICE) {
  console.warn(
    'docx-render: LibreOffice (soffice) or poppler-utils not installed; rendering test skipped'
  )
}

const samples = loadSamples()
const plans: { name: string; plan: Plan }[] =
  samples.length > 0 ? samples : [{ name: 'fixture', plan: fixturePlan() }]

/** Text pieces between footnote markers (the PDF prints the note number inside the text). */
function segments(runs: readonly Run[]): string[] {
  const out = ['']
  for (const run of runs) {
    if ('type' in run) {
      out.push('')
    } else {
      out[out.length - 1] += run.text
    }
  }
  return out
}
const blockSegments = (blocks: readonly Block[]): string[] =>
  blocks.flatMap(b => [
    ...segments(b.content),
    ...(b.type === 'item' ? blockSegments(b.children) : []),
  ])
const planSegments = (plan: Plan): string[] =>
  [
    ...plan.bases.flatMap(b => segments(b.content)),
    ...blockSegments(plan.preamble),
    ...plan.sections.flatMap(s => blockSegments(s.children)),
    ...plan.closing.flatMap(p => segments(p.content)),
  ].filter(t => t.trim() !== '')
const words = (s: string): string[] =>
  s
    .normalize('NFC')
    .replace(/-\n\s*/g, '')
    .split(/[\s\u00a0\u00ad]+/)
    // pdftotext joins a word broken after a hyphen at a line end and drops the hyphen.
    .map(w => w.replace(/-/g, ''))
    .filter(w => w !== '')

/**
 * Whether `needle`'s words appear in `hay` in order, allowing what a page break inserts between
 * them (a page number, the page's footnotes) and a footnote number glued to the edge words.
 */
function appearsInOrder(hay: readonly string[], needle: readonly string[]): boolean {
  const last = needle.length - 1
  const same = (t: string, w: string, k: number): boolean =>
    t === w || (k === 0 && t.endsWith(w)) || (k === last && t.startsWith(w))
  for (let start = 0; start < hay.length; start += 1) {
    if (!same(hay[start] ?? '', needle[0] ?? '', 0)) {
      continue
    }
    let at = start
    let k = 1
    for (; k <= last; k += 1) {
      let found = -1
      for (let j = at + 1; j < Math.min(hay.length, at + 120); j += 1) {
        if (same(hay[j] ?? '', needle[k] ?? '', k)) {
          found = j
          break
        }
      }
      if (found < 0) {
        break
      }
      at = found
    }
    if (k > last) {
      return true
    }
  }
  return false
}

type Rendered = { pages: string[]; sizes: { w: number; h: number }[]; raw: string }

let dir = ''
const rendered = new Map<string, Rendered>()

beforeAll(async () => {
  if (!HAS_SOFFICE) {
    return
  }
  dir = mkdtempSync(join(tmpdir(), 'docx-render-'))
  const files = []
  for (const { name, plan } of plans) {
    const file = join(dir, `${name.replace(/\W/g, '_')}.docx`)
    writeFileSync(file, await Packer.toBuffer(buildDocument(plan)))
    files.push(file)
  }
  const profile = `file://${join(dir, 'lo-profile')}`
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files,
    ],
    {
      stdio: 'ignore',
      timeout: 120_000,
    }
  )
  for (const [i, { name }] of plans.entries()) {
    const pdf = (files[i] ?? '').replace(/\.docx$/, '.pdf')
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' })
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(m => ({
      w: Number(m[1]),
      h: Number(m[2]),
    }))
    const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    const raw = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    rendered.set(name, { pages: layout.split('\f').slice(0, sizes.length), sizes, raw })
  }
}, 180_000)

afterAll(() => {
  if (dir !== '') {
    rmSync(dir, { recursive: true, force: true })
  }
})

const firstLine = (page: string): string =>
  page
    .split('\n')
    .find(l => l.trim() !== '')
    ?.trim() ?? ''

describe.skipIf(!HAS_SOFFICE)('exported .docx rendered by LibreOffice', () => {
  describe.each(plans.map(p => [p.name, p.plan] as const))('%s', (name, plan) => {
    const get = (): Rendered => {
      const r = rendered.get(name)
      if (!r) {
        throw new Error(`Cannot check ${name}: it was not rendered`)
      }
      return r
    }

    it('shows every paragraph of the plan', () => {
      const hay = words(get().pages.join('\n'))
      const missing = planSegments(plan).filter(t => !appearsInOrder(hay, words(t)))
      expect(missing).toEqual([])
    })

    it('numbers pages from 2 in the header, none on page 1', () => {
      const { pages } = get()
      expect(firstLine(pages[0] ?? '')).not.toMatch(/^\d+$/)
      expect(firstLine(pages[0] ?? '')).toMatch(/ỦY BAN NHÂN DÂN|CỘNG HÒA/)
      expect(firstLine(pages[1] ?? '')).toBe('2')
    })

    it('prints the Quốc hiệu on one line and Nơi nhận beside the first signature line', () => {
      const { pages } = get()
      expect(pages[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
      const lines = pages.flatMap(p => p.split('\n'))
      const first = plan.signature.lines[0]
      const sigText = first
        ? `${first.prefix ? `${first.prefix}. ` : ''}${first.text.toLocaleUpperCase('vi')}`
        : ''
      const line = lines.find(l => l.includes('Nơi nhận:')) ?? ''
      expect(line).toContain(sigText)
    })

    it('starts each appendix on a landscape page numbered afresh', () => {
      const { pages, sizes } = get()
      const landscape = sizes.map(s => s.w > s.h)
      const starts = pages.flatMap((p, i) =>
        landscape[i] && /^Phụ lục/.test(firstLine(p)) ? [i] : []
      )
      expect(starts).toHaveLength(plan.appendices.filter(a => a.landscape !== false).length)
      for (const i of starts) {
        expect(sizes[i]?.w).toBeCloseTo(841.89, 0)
        if (landscape[i + 1] && !starts.includes(i + 1)) {
          expect(firstLine(pages[i + 1] ?? '')).toBe('2')
        }
      }
      expect(landscape.slice(0, starts[0] ?? landscape.length).every(l => !l)).toBe(true)
    })
  })
})
