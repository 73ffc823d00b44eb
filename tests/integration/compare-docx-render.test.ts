import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Packer } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTrackedDocument } from '../../shared/lineage/compare/tracked-document'
import {
  ADDED_ROW_TASK,
  ADDED_TEXT,
  REMOVED_ROW_TASK,
  rowEditedSample,
} from '../shared/lineage/compare/edited-sample'

const hasTool = (cmd: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
const HAS_TOOLS = hasTool('soffice') && hasTool('pdftotext')
if (!HAS_TOOLS) {
  console.warn(
    'compare-docx-render: LibreOffice (soffice) or poppler-utils not installed; rendering test skipped'
  )
}

let dir = ''
let text = ''

beforeAll(async () => {
  if (!HAS_TOOLS) {
    return
  }
  dir = mkdtempSync(join(tmpdir(), 'compare-render-'))
  const { older, newer: edited } = rowEditedSample()
  const newer = { ...edited, header: { ...edited.header, number: '160' } }
  const meta = { author: 'ỦY BAN NHÂN DÂN HUYỆN LỘC BÌNH', date: '2025-05-02T08:30:00Z' }
  const file = join(dir, 'so-sanh.docx')
  writeFileSync(file, await Packer.toBuffer(buildTrackedDocument(older, newer, meta).document))
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
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 }
  )
  const pdf = file.replace(/\.docx$/, '.pdf')
  text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC')
  // A picture of page 2 (where the changes are) to look at, when asked for.
  if (process.env.SKH_SHOTS !== undefined && hasTool('pdftoppm')) {
    mkdirSync(process.env.SKH_SHOTS, { recursive: true })
    const out = join(process.env.SKH_SHOTS, 'tracked-changes')
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '4', pdf, out])
  }
}, 180_000)

afterAll(() => {
  if (dir !== '') {
    rmSync(dir, { recursive: true, force: true })
  }
})

const flat = () => text.replace(/\s+/g, ' ')

describe.skipIf(!HAS_TOOLS)('tracked-changes .docx rendered by LibreOffice', () => {
  it('shows the inserted words and paragraphs', () => {
    expect(flat()).toContain('và hằng tháng')
    expect(flat()).toContain(ADDED_TEXT)
  })

  it('shows the deleted paragraphs too, as Word shows a deletion', () => {
    expect(flat()).toContain('8. Phòng Y tế')
    expect(flat()).toContain('12. Thanh tra huyện')
  })

  it('shows the words the edit kept', () => {
    expect(flat()).toContain('kiểm tra, giám sát. và hằng tháng')
  })

  it('shows an appendix cell with its old and its new words, and the added and removed rows', () => {
    // The lead cell: `Phòng ` kept, `Văn hóa thông tin` deleted, `Tư pháp` inserted.
    expect(flat()).toMatch(/Phòng ?Văn hóa ?thông ?tin ?Tư ?pháp/)
    expect(flat()).toContain(ADDED_ROW_TASK.split(' ').slice(0, 4).join(' '))
    expect(flat()).toContain(REMOVED_ROW_TASK.split(' ').slice(0, 6).join(' '))
  })

  it('shows the old and the new number of the plan', () => {
    expect(flat()).toMatch(/Số: ?154 ?160 ?\/KH-UBND/)
  })
})
