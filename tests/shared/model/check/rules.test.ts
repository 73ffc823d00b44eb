import { describe, expect, it } from 'vitest'
import { applyFixes } from '../../../../shared/model/check/apply-fix'
import { checkAbbreviations } from '../../../../shared/model/check/abbreviations'
import { checkAgencies } from '../../../../shared/model/check/agencies'
import { checkAppendixRefs } from '../../../../shared/model/check/appendix-refs'
import { checkBrackets } from '../../../../shared/model/check/brackets'
import { checkCapitalisation } from '../../../../shared/model/check/capitalisation'
import { checkDeadlines } from '../../../../shared/model/check/deadlines'
import { checkLevelWords } from '../../../../shared/model/check/level-words'
import { checkListEndings } from '../../../../shared/model/check/list-endings'
import { checkNumberFormat } from '../../../../shared/model/check/number-format'
import type { ContentRule } from '../../../../shared/model/check/index'
import { checkReporting } from '../../../../shared/model/check/reporting'
import { setToneStyle } from '../../../../shared/model/check/set-tone-style'
import { checkSpacing } from '../../../../shared/model/check/spacing'
import { checkStrayYears } from '../../../../shared/model/check/stray-years'
import { checkToneStyle } from '../../../../shared/model/check/tone-style'
import { runsText } from '../../../../shared/text/runs'
import type { Block, Plan } from '../../../../shared/model/types'
import { planOf, type PlanSpec } from './plan-of'

/** One example: the plan, how many findings it must raise, and the task text after "fix all". */
type Case = readonly [name: string, spec: PlanSpec, fires: number, fixed?: string]

function tasksText(plan: Plan): string {
  const tasks = plan.sections.find(s => s.role === 'tasks')?.children ?? []
  const all = (blocks: readonly Block[]): string[] =>
    blocks.flatMap(b => [runsText(b.content), ...(b.type === 'item' ? all(b.children) : [])])
  return all(tasks).join('|')
}

function table(rule: ContentRule, cases: readonly Case[]): void {
  for (const [name, spec, fires, fixed] of cases) {
    it(name, () => {
      const plan = planOf(spec)
      const findings = rule(plan)
      expect(findings).toHaveLength(fires)
      for (const f of findings) {
        expect(f.message.normalize('NFC')).toBe(f.message)
        expect(f.rule).not.toBe('')
      }
      if (fixed !== undefined) {
        const after = applyFixes(
          plan,
          findings.flatMap(f => (f.fix ? [f.fix] : []))
        )
        expect(tasksText(after)).toBe(fixed)
        expect(rule(after)).toEqual([])
      }
    })
  }
}

describe('spacing', () => {
  table(checkSpacing, [
    ['double space', { tasks: ['Tăng  cường công tác'] }, 1, 'Tăng cường công tác'],
    [
      'space before comma and dot',
      { tasks: ['Tuyên truyền , phổ biến .'] },
      2,
      'Tuyên truyền, phổ biến.',
    ],
    [
      'space inside brackets',
      { tasks: ['thủ tục hành chính ( TTHC )'] },
      2,
      'thủ tục hành chính (TTHC)',
    ],
    ['missing space after semicolon', { tasks: ['kiểm tra;giám sát'] }, 1, 'kiểm tra; giám sát'],
    ['decimal comma is not a missing space', { tasks: ['đạt 44,07 điểm'] }, 0],
    ['ellipsis is not a space before dot', { tasks: ['tờ rơi, bảng tin ...'] }, 0],
    ['clean text', { tasks: ['Tăng cường, nâng cao chất lượng (PAPI).'] }, 0],
  ])
})

describe('brackets', () => {
  table(checkBrackets, [
    ['unclosed bracket', { tasks: ['thủ tục hành chính (TTHC'] }, 1],
    ['unopened quote', { tasks: ['phục vụ Nhân dân”.'] }, 1],
    ['odd straight quotes', { tasks: ['phong trào "Toàn dân bảo vệ'] }, 1],
    ['balanced', { tasks: ['phong trào “Toàn dân” (năm 2024) "A"'] }, 0],
    ['list marker a) at the start', { tasks: ['a) Xây dựng kế hoạch'] }, 0],
  ])
})

describe('tone style', () => {
  table(checkToneStyle, [
    [
      'minority new style',
      { tasks: ['văn hóa, hòa giải, văn hoá'] },
      1,
      'văn hóa, hòa giải, văn hóa',
    ],
    [
      'minority old style',
      { tasks: ['hoà giải, thuỷ lợi, Ủy ban'] },
      1,
      'hoà giải, thuỷ lợi, Uỷ ban',
    ],
    ['qu words keep the tone on y', { tasks: ['quý, quỳnh, hòa'] }, 0],
    ['closed syllables are not concerned', { tasks: ['hoàn thành, toàn diện, hoá'] }, 0],
    ['one style', { tasks: ['hòa, khỏe, Ủy ban, thủy'] }, 0],
  ])

  it('follows the clerk’s choice over the majority', () => {
    const plan = {
      ...planOf({ tasks: ['hòa, hòa, hoà'] }),
      proofing: { toneStyle: 'new' as const },
    }
    expect(checkToneStyle(plan).map(f => f.fix?.kind === 'replace' && f.fix.text)).toEqual([
      'hoà',
      'hoà',
    ])
  })
})

describe('list endings', () => {
  table(checkListEndings, [
    [
      'one dot among semicolons',
      { list: ['Một;', 'Hai.', 'Ba;', 'Bốn.'] },
      1,
      'Một;|Hai;|Ba;|Bốn.',
    ],
    ['semicolons then a final dot', { list: ['Một;', 'Hai;', 'Ba.'] }, 0],
    ['all dots', { list: ['Một.', 'Hai.', 'Ba.'] }, 0],
    ['tie is not decided', { list: ['Một;', 'Hai.', 'Ba.'] }, 0],
    ['two items are too few', { list: ['Một;', 'Hai.'] }, 0],
  ])
})

describe('abbreviations', () => {
  table(checkAbbreviations, [
    [
      'used before it is spelled out',
      { tasks: ['Giải quyết TTHC đúng hạn.', 'Công khai thủ tục hành chính (TTHC).'] },
      1,
    ],
    [
      'spelled out first',
      { tasks: ['Công khai thủ tục hành chính (TTHC).', 'Giải quyết TTHC.'] },
      0,
    ],
    ['never spelled out', { tasks: ['UBND xã, HĐND xã'] }, 0],
    ['earlier in the same paragraph', { tasks: ['TTHC và thủ tục hành chính (TTHC)'] }, 1],
  ])
})

describe('capitalisation', () => {
  table(checkCapitalisation, [
    [
      'document type before its number',
      { tasks: ['theo quyết định số 12/QĐ-UBND'] },
      1,
      'theo Quyết định số 12/QĐ-UBND',
    ],
    ['agency field', { tasks: ['Phòng nội vụ chủ trì'] }, 1, 'Phòng Nội vụ chủ trì'],
    ['people in Ủy ban nhân dân', { tasks: ['Ủy ban Nhân dân xã'] }, 1, 'Ủy ban nhân dân xã'],
    ['correct names', { tasks: ['Quyết định số 12/QĐ-UBND; Phòng Nội vụ; Ủy ban nhân dân xã'] }, 0],
    [
      'generic document word',
      { tasks: ['ban hành quyết định kịp thời; phòng, chống tham nhũng'] },
      0,
    ],
  ])
})

describe('number format', () => {
  table(checkNumberFormat, [
    ['unpadded day and month', { tasks: ['ngày 8/2/2013'] }, 1, 'ngày 08/02/2013'],
    ['padded month from March', { tasks: ['ngày 02/06/2020'] }, 1, 'ngày 02/6/2020'],
    ['decimal point in a score', { tasks: ['đạt 44.07 điểm'] }, 1, 'đạt 44,07 điểm'],
    ['correct forms', { tasks: ['ngày 02/6/2020, ngày 28/01/2021, 44,07 điểm, 100%'] }, 0],
    ['document numbers are not dates', { tasks: ['Nghị định số 30/2020/NĐ-CP'] }, 0],
  ])
})

const ROWS = [
  { task: 'Tuyên truyền', lead: 'Phòng Nội vụ', partners: 'Công an huyện; Các cơ quan liên quan' },
]

describe('agencies', () => {
  table(checkAgencies, [
    [
      'lead and partner everywhere',
      {
        rows: ROWS,
        org: ['Phòng Nội vụ: chủ trì.', 'Công an huyện: phối hợp.'],
        recipients: ['Phòng Nội vụ', 'Công an huyện'],
      },
      0,
    ],
    [
      'partner missing from Tổ chức thực hiện and Nơi nhận',
      { rows: ROWS, org: ['Phòng Nội vụ: chủ trì.'], recipients: ['Phòng Nội vụ'] },
      2,
    ],
    [
      'abbreviated forms and collective lines count',
      {
        rows: [{ lead: 'Phòng Tài nguyên & MT', partners: 'Phòng Lao động-Thương binh & XH' }],
        org: [
          'Phòng Tài nguyên và Môi trường: chủ trì.',
          'Phòng Lao động, Thương binh và xã hội: phối hợp.',
        ],
        recipients: ['Các phòng chuyên môn thuộc huyện'],
      },
      0,
    ],
    [
      'duty in Tổ chức thực hiện without a recipient',
      { org: ['Phòng Tư pháp: tuyên truyền pháp luật.'], recipients: ['Sở Nội vụ'] },
      1,
    ],
  ])

  it('adds the missing recipient in one click', () => {
    const plan = planOf({ org: ['Phòng Tư pháp: tuyên truyền.'], recipients: ['Sở Nội vụ'] })
    const [finding] = checkAgencies(plan)
    expect(finding?.fix).toEqual({ kind: 'add-recipient', text: 'Phòng Tư pháp' })
    const fixed = applyFixes(plan, finding?.fix ? [finding.fix] : [])
    expect(fixed.recipients.map(r => r.text)).toEqual(['Sở Nội vụ', 'Phòng Tư pháp'])
    expect(checkAgencies(fixed)).toEqual([])
  })
})

describe('appendix references', () => {
  table(checkAppendixRefs, [
    [
      'Phụ lục II of a plan with one appendix',
      { tasks: ['Chi tiết tại Phụ lục II.'], rows: [{ task: 'x' }] },
      1,
    ],
    [
      'mentions the appendix with none',
      { tasks: ['(Chi tiết theo Bảng phân công nhiệm vụ gửi kèm)'] },
      1,
    ],
    ['Phụ lục 1 exists', { tasks: ['Chi tiết tại Phụ lục 1 kèm theo.'], rows: [{ task: 'x' }] }, 0],
    [
      'reference line with another date',
      { tasks: ['(Kèm theo Kế hoạch số ngày 02/3/2024 của UBND huyện)'], rows: [{ task: 'x' }] },
      1,
    ],
    [
      'reference line that agrees',
      {
        tasks: ['(Kèm theo Kế hoạch ngày 10 tháng 3 năm 2024 của UBND huyện)'],
        rows: [{ task: 'x' }],
      },
      0,
    ],
  ])
})

describe('deadlines', () => {
  table(checkDeadlines, [
    ['deadline of last year', { tasks: ['Báo cáo trước ngày 15/12/2023.'] }, 1],
    ['deadline before the date of issue', { tasks: ['Hoàn thành trước ngày 01/02/2024.'] }, 1],
    ['deadline in the plan year', { tasks: ['Báo cáo trước ngày 15/12/2024.'] }, 0],
    ['timeline of last year', { rows: [{ timeline: 'Quý IV/2023' }] }, 1],
    ['timeline range covering the year', { rows: [{ timeline: '2021-2025' }] }, 0],
    ['timeline month before issue', { rows: [{ timeline: 'Tháng 2/2024' }] }, 1],
    ['timeline without year', { rows: [{ timeline: 'Thường xuyên' }] }, 0],
  ])
})

describe('reporting regime', () => {
  table(checkReporting, [
    ['none', { org: ['Phòng Nội vụ theo dõi, đôn đốc.'] }, 1],
    ['report of results', { org: ['Phòng Nội vụ tổng hợp, báo cáo UBND huyện.'] }, 0],
    [
      'periodic report',
      { org: ['Định kỳ trước ngày 20 hằng tháng báo cáo kết quả thực hiện.'] },
      0,
    ],
    ['empty Tổ chức thực hiện is left to the outline check', { org: [] }, 0],
  ])
})

describe('stale years', () => {
  table(checkStrayYears, [
    ['year of an earlier plan', { tasks: ['Hoàn thành các chỉ tiêu năm 2023.'] }, 1],
    ['comparison', { tasks: ['Tăng 10% so với năm 2021.'] }, 0],
    ['range and period', { tasks: ['giai đoạn 2021-2025, nhiệm kỳ 2021 - 2026'] }, 0],
    ['cited document', { tasks: ['theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020'] }, 0],
    ['published result', { tasks: ['Chỉ số PAPI năm 2023 của tỉnh giảm'] }, 0],
    ['preamble is left alone', { preamble: ['Năm 2023, tỉnh đạt 44,07 điểm.'] }, 0],
    [
      'future years are targets',
      { tasks: ['Phấn đấu đến năm 2025 đạt 100%.', 'Bầu cử năm 2026.'] },
      0,
    ],
  ])
})

const XA = ['ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP']

describe('level words', () => {
  table(checkLevelWords, [
    [
      'district website in a commune plan',
      { agency: XA, tasks: ['Đăng tải trên Trang thông tin điện tử của huyện.'] },
      1,
      'Đăng tải trên Trang thông tin điện tử của xã.',
    ],
    [
      'commune website',
      { agency: XA, tasks: ['Đăng tải trên Trang thông tin điện tử của xã.'] },
      0,
    ],
    ['named district', { agency: XA, tasks: ['Trang thông tin điện tử huyện Lộc Bình'] }, 0],
    ['both levels', { agency: XA, tasks: ['Trang TTĐT của huyện, xã'] }, 0],
    ['province portal in a district plan', { tasks: ['Cổng thông tin điện tử của tỉnh'] }, 0],
    [
      'issuer writing this plan',
      { agency: XA, tasks: ['UBND huyện xây dựng Kế hoạch như sau:'] },
      1,
      'UBND xã xây dựng Kế hoạch như sau:',
    ],
    [
      'no level known',
      { agency: ['ỦY BAN NHÂN DÂN', ''], tasks: ['Trang thông tin điện tử của huyện'] },
      0,
    ],
  ])
})

describe('setToneStyle', () => {
  it('stores the clerk’s choice and the check follows it; clearing returns to the majority', () => {
    const plan = planOf({ tasks: ['hòa, hòa, hoà'] })
    const chosen = setToneStyle(plan, 'new')
    expect(chosen.proofing).toEqual({ toneStyle: 'new' })
    expect(checkToneStyle(chosen)).toHaveLength(2)
    const cleared = setToneStyle(chosen, undefined)
    expect('proofing' in cleared).toBe(false)
    expect(checkToneStyle(cleared)).toHaveLength(1)
  })
})
