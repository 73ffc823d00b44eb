import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { harvestPlan } from '../../../shared/library/harvest-plan'
import type { ClauseKind } from '../../../shared/library/types'
import { restorePlanFile } from '../../../shared/model/restore'
import { samplePlan } from './fixtures'

const SAMPLES = path.resolve(__dirname, '../../../resources/samples')

function summary(plan = samplePlan()) {
  return harvestPlan(plan, { file: 'mau.kehoach' }).map(d => ({
    kind: d.kind,
    text: d.text.split('\n')[0],
    tags: d.tags,
  }))
}

describe('harvestPlan', () => {
  it('yields every kind of clause with the tags and section it sits under', () => {
    expect(summary()).toEqual([
      {
        kind: 'basis',
        text: 'Căn cứ Kế hoạch số 94/KH-UBND ngày 12/5/2020 của UBND tỉnh Lạng Sơn;',
        tags: {},
      },
      { kind: 'paragraph', text: 'Năm 2019, Chỉ số PAPI của tỉnh đạt 44,07 điểm.', tags: {} },
      { kind: 'section-heading', text: 'MỤC ĐÍCH, YÊU CẦU', tags: { section: 'purpose' } },
      { kind: 'item', text: 'Mục đích', tags: { section: 'purpose' } },
      { kind: 'item', text: 'Yêu cầu', tags: { section: 'purpose' } },
      {
        kind: 'section-heading',
        text: 'NHIỆM VỤ, GIẢI PHÁP',
        tags: { cchc: 'C3', section: 'tasks' },
      },
      {
        kind: 'item',
        text: 'Thủ tục hành chính công',
        tags: { papi: 'P5', cchc: 'C3', section: 'tasks' },
      },
      {
        kind: 'paragraph',
        text: 'Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa.',
        tags: { papi: 'P5', cchc: 'C3', section: 'tasks' },
      },
      {
        kind: 'item',
        text: 'Rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất.',
        tags: { papi: 'P5.3', cchc: 'C3', section: 'tasks' },
      },
      { kind: 'section-heading', text: 'TỔ CHỨC THỰC HIỆN', tags: { section: 'organization' } },
      {
        kind: 'item',
        text: 'Phòng Nội vụ chủ trì, theo dõi, báo cáo.',
        tags: { section: 'organization' },
      },
      { kind: 'paragraph', text: 'Trên đây là Kế hoạch nâng cao Chỉ số PAPI năm 2020.', tags: {} },
      { kind: 'task-row', text: 'Quyết tâm chống tham nhũng', tags: { papi: 'P4' } },
      { kind: 'task-row', text: 'Quyết tâm chống tham nhũng', tags: { papi: 'P4' } },
      { kind: 'recipient', text: 'UBND tỉnh (b/c)', tags: {} },
    ])
  })

  it('keeps an item subtree whole and fills a shared criterion into the row', () => {
    const drafts = harvestPlan(samplePlan())
    const item = drafts.find(d => d.kind === 'item' && d.text.startsWith('Thủ tục'))
    expect(item?.text).toBe(
      'Thủ tục hành chính công\nNiêm yết công khai thủ tục hành chính tại Bộ phận một cửa.\nRút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất.'
    )
    expect(
      item?.fragment.kind === 'item' &&
        item.fragment.block.type === 'item' &&
        item.fragment.block.children
    ).toHaveLength(2)
    const row = drafts.filter(d => d.fragment.kind === 'task-row')[1]
    expect(row?.fragment.kind === 'task-row' && row.fragment.row).toMatchObject({
      fields: { criterion: 'Quyết tâm chống tham nhũng' },
    })
    expect(row?.fragment.kind === 'task-row' && row.fragment.row.sameCriterion).toBeUndefined()
  })

  it('takes the source from the plan unless given', () => {
    const [first] = harvestPlan(samplePlan(), { file: 'mau.kehoach' })
    expect(first?.source).toEqual({
      title: 'Nâng cao Chỉ số PAPI năm 2020',
      issuer: 'ỦY BAN NHÂN DÂN HUYỆN LỘC BÌNH',
      level: 'huyen',
      year: 2020,
      file: 'mau.kehoach',
    })
  })

  it.runIf(fs.existsSync(path.join(SAMPLES, '004.kehoach')))(
    'harvests every kind from the sample plans',
    () => {
      const kinds = new Set<ClauseKind>()
      for (const name of fs.readdirSync(SAMPLES).filter(n => n.endsWith('.kehoach'))) {
        const restored = restorePlanFile(
          JSON.parse(fs.readFileSync(path.join(SAMPLES, name), 'utf8'))
        )
        expect(restored.ok).toBe(true)
        if (restored.ok) {
          const drafts = harvestPlan(restored.plan, { file: name })
          expect(drafts.length).toBeGreaterThan(20)
          drafts.forEach(d => kinds.add(d.kind))
          expect(
            drafts.every(d => d.text === d.text.normalize('NFC') && d.text.trim() !== '')
          ).toBe(true)
        }
      }
      expect([...kinds].sort()).toEqual(
        ['basis', 'item', 'paragraph', 'recipient', 'section-heading', 'task-row'].filter(k =>
          kinds.has(k as ClauseKind)
        )
      )
      expect(
        kinds.has('task-row') &&
          kinds.has('item') &&
          kinds.has('recipient') &&
          kinds.has('section-heading')
      ).toBe(true)
    }
  )
})
