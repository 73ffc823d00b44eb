import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LAYOUT } from '../../../../shared/docx/layout-settings'
import { preflight } from '../../../../shared/docx/preflight'
import { checkCoverage, isWeak } from '../../../../shared/model/coverage/check-coverage'
import { computeCoverage } from '../../../../shared/model/coverage/compute-coverage'
import {
  setCoverageCorrection,
  setCoverageTaxonomy,
  setDimensionResult,
} from '../../../../shared/model/coverage/edit-coverage'
import { planTaxonomy } from '../../../../shared/model/coverage/plan-taxonomy'
import { restorePlan, restorePlanFile } from '../../../../shared/model/restore'
import type { Taxonomy } from '../../../../shared/model/taxonomy'
import type { Plan, PlanCoverage } from '../../../../shared/model/types'
import { planOf } from '../check/plan-of'

const dir = resolve(import.meta.dirname, '../../../../resources')
const read = (file: string): unknown => JSON.parse(readFileSync(resolve(dir, file), 'utf8'))
const PAPI = read('taxonomies/papi.json') as Taxonomy
const CCHC = read('taxonomies/cchc.json') as Taxonomy
const TAXONOMIES = [PAPI, CCHC]

function sample(name: string): Plan {
  const restored = restorePlanFile(read(`samples/${name}.kehoach`))
  if (!restored.ok) {
    throw new Error(restored.error.message)
  }
  return restored.plan
}

const hitsOf = (plan: Plan, code: string, taxonomy = PAPI) =>
  computeCoverage(plan, taxonomy)
    .find(e => e.code === code)
    ?.hits.map(h => `${h.id}:${h.source}`)

describe('computeCoverage', () => {
  const plan = planOf({
    tasks: ['Công khai danh sách hộ nghèo trên bảng tin.', 'Tổ chức hội nghị.'],
    rows: [{ criterion: 'Y tế công lập', task: 'Tuyên truyền bảo hiểm y tế' }],
  })
  const [poor, meeting] = plan.sections.find(s => s.role === 'tasks')?.children ?? []
  const row = plan.appendices[0]?.rows[0]

  it('finds items and rows from the wording, dimensions from their sub-criteria', () => {
    expect(hitsOf(plan, 'P2.2')).toEqual([`${poor?.id}:wording`])
    expect(hitsOf(plan, 'P2')).toEqual([`${poor?.id}:wording`])
    expect(hitsOf(plan, 'P6.1')).toEqual([`${row?.id}:wording`])
    expect(hitsOf(plan, 'P8')).toEqual([])
  })

  it('finds tagged items, a group tag covering its rows', () => {
    const tagged: Plan = {
      ...plan,
      appendices: plan.appendices.map(a => ({
        ...a,
        rows: [{ type: 'group', id: 'g', label: 'Nhóm', tags: { papi: 'P3' } }, ...a.rows],
      })),
    }
    expect(hitsOf(tagged, 'P3')).toEqual([`${row?.id}:tag`])
  })

  it('follows the clerk: untag a wording match, tag another item', () => {
    const coverage: PlanCoverage = {
      corrections: [
        { id: poor?.id ?? '', code: 'P2.2', covers: false },
        { id: meeting?.id ?? '', code: 'P2.2', covers: true },
      ],
    }
    const corrected = { ...plan, coverage }
    expect(hitsOf(corrected, 'P2.2')).toEqual([`${meeting?.id}:clerk`])
    expect(hitsOf(corrected, 'P2')).toEqual([`${meeting?.id}:clerk`])
  })

  it('covers every PAPI dimension of sample 002 and every CCHC area of sample 003', () => {
    const papi = computeCoverage(sample('002'), PAPI).filter(e => e.depth === 0)
    expect(papi.map(e => e.code)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'])
    expect(papi.every(e => e.hits.length > 0)).toBe(true)
    const cchc = computeCoverage(sample('003'), CCHC)
    expect(cchc.every(e => e.hits.length > 0)).toBe(true)
  })
})

describe('planTaxonomy', () => {
  it('uses the choice, then tags, then the subject', () => {
    expect(planTaxonomy(planOf({ subject: 'Nâng cao Chỉ số PAPI năm 2024' }), TAXONOMIES)?.id).toBe(
      'papi'
    )
    expect(
      planTaxonomy(planOf({ subject: 'Khắc phục chỉ số cải cách hành chính' }), TAXONOMIES)?.id
    ).toBe('cchc')
    expect(planTaxonomy(planOf({ subject: 'Phòng cháy chữa cháy' }), TAXONOMIES)).toBeUndefined()
    const chosen = { ...planOf({ subject: 'PAPI' }), coverage: { taxonomy: 'cchc' } }
    expect(planTaxonomy(chosen, TAXONOMIES)?.id).toBe('cchc')
    expect(planTaxonomy(sample('003'), TAXONOMIES)?.id).toBe('cchc')
  })
})

describe('checkCoverage', () => {
  const plan = planOf({ tasks: ['Công khai danh sách hộ nghèo.'] })
  const withResults = (results: PlanCoverage['results']): Plan => ({
    ...plan,
    coverage: { results },
  })

  it('warns for a weak dimension with no task', () => {
    const findings = checkCoverage(withResults([{ code: 'P8', band: 'low' }]), TAXONOMIES)
    expect(findings.map(f => f.code)).toEqual(['coverage.weak-without-task'])
    expect(findings[0]?.message).toContain('P8 Quản trị điện tử')
  })

  it('is silent when the weak dimension has a task, or the result is not weak', () => {
    expect(checkCoverage(withResults([{ code: 'P2', band: 'low' }]), TAXONOMIES)).toEqual([])
    expect(checkCoverage(withResults([{ code: 'P2.2', band: 'low' }]), TAXONOMIES)).toEqual([])
    expect(
      checkCoverage(withResults([{ code: 'P8', band: 'high', score: 1 }]), TAXONOMIES)
    ).toEqual([])
    expect(checkCoverage(plan, TAXONOMIES)).toEqual([])
  })

  it('reads scores without bands: the lowest quarter is weak', () => {
    const results = [
      { code: 'P1', score: 5.2 },
      { code: 'P2', score: 5.1 },
      { code: 'P3', score: 4.3 },
      { code: 'P8', score: 2.9 },
    ]
    expect(isWeak(results[3], results)).toBe(true)
    expect(isWeak(results[0], results)).toBe(false)
    expect(checkCoverage(withResults(results), TAXONOMIES).map(f => f.message)).toEqual([
      expect.stringContaining('P8'),
    ])
  })

  it('shows in the export check', () => {
    const weak = withResults([{ code: 'P7', band: 'low' }])
    expect(preflight(weak, DEFAULT_LAYOUT, TAXONOMIES).map(f => f.code)).toContain(
      'coverage.weak-without-task'
    )
  })
})

describe('restore of the coverage and proofing fields', () => {
  const coverage: PlanCoverage = {
    taxonomy: 'papi',
    corrections: [{ id: 'b1', code: 'P2.2', covers: true }],
    results: [{ code: 'P1', score: 44.07, rank: 24, band: 'medium' }],
  }

  it('keeps them through a round trip', () => {
    const plan = { ...planOf({}), coverage, proofing: { toneStyle: 'new' as const } }
    const restored = restorePlan(JSON.parse(JSON.stringify(plan)))
    expect(restored.ok && restored.plan.coverage).toEqual(coverage)
    expect(restored.ok && restored.plan.proofing).toEqual({ toneStyle: 'new' })
    expect(restored.ok && restored.repairs).toEqual([])
  })

  it('opens old files without them and drops bad entries with a repair', () => {
    const old = restorePlan(JSON.parse(JSON.stringify(planOf({}))))
    expect(old.ok && 'coverage' in old.plan).toBe(false)
    const bad = restorePlan({
      ...planOf({}),
      coverage: {
        corrections: [{ id: 'x', code: 'P1', covers: 'yes' }],
        results: [{ code: 'P1', score: -3 }],
      },
    })
    expect(bad.ok && bad.plan.coverage).toEqual({ results: [{ code: 'P1' }] })
    expect(bad.ok && bad.repairs.map(r => r.path)).toEqual([
      'plan.coverage.corrections[0]',
      'plan.coverage.results[0].score',
    ])
  })
})

describe('coverage edits', () => {
  const plan = planOf({ tasks: ['Công khai danh sách hộ nghèo.'] })

  it('sets, replaces and removes corrections and results; an empty coverage disappears', () => {
    let p = setCoverageCorrection(plan, 'b', 'P1', true)
    p = setCoverageCorrection(p, 'b', 'P1', false)
    expect(p.coverage).toEqual({ corrections: [{ id: 'b', code: 'P1', covers: false }] })
    p = setDimensionResult(p, { code: 'P8', band: 'low' })
    p = setDimensionResult(p, { code: 'P8', score: 3.1 })
    expect(p.coverage?.results).toEqual([{ code: 'P8', score: 3.1 }])
    p = setCoverageTaxonomy(p, 'papi')
    expect(p.coverage?.taxonomy).toBe('papi')
    const cleared = setDimensionResult(
      setCoverageTaxonomy(
        { ...plan, coverage: { results: [{ code: 'P8', band: 'low' }] } },
        undefined
      ),
      { code: 'P8' }
    )
    expect('coverage' in cleared).toBe(false)
  })
})
