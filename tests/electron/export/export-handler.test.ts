import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../../electron/main/export/export-handler'
import { readPlanFile } from '../../../electron/main/files/plan-files'
import { createPlan } from '../../../shared/model/create-plan'

const root = path.resolve(import.meta.dirname, '..', '..', '..')
const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'skh-export-'))

describe('export handler', () => {
  it('writes a sample plan as a .docx with only its reviewed proofreading findings', async () => {
    const opened = readPlanFile(path.join(root, 'resources', 'samples', '004.kehoach'))
    if (!opened.ok) {
      throw new Error(opened.error.message)
    }
    const file = path.join(dir(), 'kh.docx')
    const result = await exportDocx(file, opened.value.plan, false)
    // The sample's own text slips, reviewed by hand in tests/shared/model/check/reviewed-findings.json.
    const findings = result.ok ? result.value.findings : []
    expect(findings.map(f => `${f.severity} ${f.code}`)).toEqual([
      'warning proof.unbalanced-bracket',
      'info proof.tone-style',
      'info proof.list-ending',
      'info proof.date-format',
    ])
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK')
  })

  it('refuses a plan with errors unless a draft is confirmed, then marks it DỰ THẢO', async () => {
    const folder = dir()
    const blocked = await exportDocx(path.join(folder, 'a.docx'), createPlan(), false)
    expect(!blocked.ok && blocked.error.code).toBe('export.blocked')
    expect(fs.readdirSync(folder)).toEqual([])
    const draft = await exportDocx(path.join(folder, 'b.docx'), createPlan(), true)
    expect(draft.ok).toBe(true)
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(folder, 'b.docx')))
    expect(await zip.file('word/document.xml')?.async('string')).toContain('DỰ THẢO')
  })

  it('reports a file it cannot write in Vietnamese and leaves no temp file', async () => {
    const folder = dir()
    fs.writeFileSync(path.join(folder, 'not-a-dir'), 'x')
    const result = await exportDocx(path.join(folder, 'not-a-dir', 'c.docx'), createPlan(), true)
    expect(!result.ok && result.error.message).toMatch(/^Không thể ghi/)
    expect(fs.readdirSync(folder)).toEqual(['not-a-dir'])
  })
})
