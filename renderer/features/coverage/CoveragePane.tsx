import { memo, useDeferredValue, useMemo, useState } from 'react'
import { isWeak } from '../../../shared/model/coverage/check-coverage'
import {
  computeCoverage,
  type CoverageEntry,
} from '../../../shared/model/coverage/compute-coverage'
import {
  setCoverageCorrection,
  setCoverageTaxonomy,
  setDimensionResult,
} from '../../../shared/model/coverage/edit-coverage'
import { planTaxonomy } from '../../../shared/model/coverage/plan-taxonomy'
import type { DimensionResult, Plan } from '../../../shared/model/types'
import { useWorkspace, type EditPlan } from '../../workspace/workspace'
import { coverageCandidates, type CoverageCandidate } from './coverage-candidates'
import { ResultFields } from './ResultFields'
import { useTaxonomies } from './use-taxonomies'
import './coverage.css'

const SOURCE_LABEL = { tag: 'thẻ', wording: 'từ ngữ', clerk: 'đã gắn' } as const

/**
 * The "Bao phủ" pane: each dimension and sub-criterion of the index the plan answers to (PAPI,
 * CCHC) with the body items and appendix rows that address it; the clerk picks the index, enters
 * last year's results, untags a wrong match or tags an item. A weak entry with no task is marked.
 */
export function CoveragePane({ plan }: { plan: Plan }) {
  return <CoverageList plan={useDeferredValue(plan)} />
}

const CoverageList = memo(function CoverageList({ plan }: { plan: Plan }) {
  const onEdit = useWorkspace().document.edit
  const taxonomies = useTaxonomies()
  const taxonomy = planTaxonomy(plan, taxonomies)
  const entries = useMemo(() => (taxonomy ? computeCoverage(plan, taxonomy) : []), [plan, taxonomy])
  const candidates = useMemo(() => coverageCandidates(plan), [plan])
  const results = plan.coverage?.results ?? []
  return (
    <section className="coverage" aria-label="Bao phủ" data-testid="coverage">
      <h2>Bao phủ chỉ số</h2>
      <label>
        Chỉ số:{' '}
        <select
          data-testid="coverage-taxonomy"
          value={plan.coverage?.taxonomy ?? ''}
          onChange={e =>
            onEdit(p => setCoverageTaxonomy(p, e.target.value || undefined), 'coverage.taxonomy')
          }
        >
          <option value="">Tự nhận biết{taxonomy ? ` (${taxonomy.name})` : ''}</option>
          {taxonomies.map(t => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      {!taxonomy && <p className="muted">Chọn chỉ số mà kế hoạch này hướng tới (PAPI, CCHC).</p>}
      <ul>
        {entries.map(entry => (
          <EntryRow
            key={entry.code}
            entry={entry}
            result={results.find(r => r.code === entry.code)}
            weak={isWeak(
              results.find(r => r.code === entry.code),
              results
            )}
            candidates={candidates}
            onEdit={onEdit}
          />
        ))}
      </ul>
    </section>
  )
})

function EntryRow({
  entry,
  result,
  weak,
  candidates,
  onEdit,
}: {
  entry: CoverageEntry
  result: DimensionResult | undefined
  weak: boolean
  candidates: readonly CoverageCandidate[]
  onEdit: EditPlan
}) {
  const { commands } = useWorkspace()
  const [adding, setAdding] = useState('')
  // Candidate options are drawn only once the list is opened: a big plan has ~1,000 of them.
  const [open, setOpen] = useState(false)
  const missing = weak && entry.hits.length === 0
  const covered = new Set(entry.hits.map(h => h.id))
  return (
    <li
      className={`coverage-entry depth-${entry.depth}${missing ? ' missing' : ''}`}
      data-testid={`coverage-entry-${entry.code}`}
    >
      <div className="coverage-head">
        <strong>{entry.code}</strong> {entry.name}{' '}
        <span className="muted" data-testid={`coverage-count-${entry.code}`}>
          ({entry.hits.length} nhiệm vụ)
        </span>
        <ResultFields
          code={entry.code}
          result={result}
          onChange={r => onEdit(p => setDimensionResult(p, r), `coverage.result.${entry.code}`)}
        />
      </div>
      {missing && (
        <p className="coverage-warning" role="status">
          Kết quả năm trước thấp nhưng chưa có nhiệm vụ nào.
        </p>
      )}
      {entry.depth > 0 || entry.hits.length <= 6 ? (
        <ul className="coverage-hits">
          {entry.hits.map(hit => (
            <li key={hit.id}>
              <button className="link" onClick={() => commands.run('editor.focus', hit.id)}>
                {hit.text.length > 80 ? `${hit.text.slice(0, 79)}…` : hit.text}
              </button>{' '}
              <span className="muted">[{SOURCE_LABEL[hit.source]}]</span>{' '}
              <button
                type="button"
                title="Bỏ gắn nhiệm vụ này khỏi nội dung"
                data-testid="coverage-untag"
                onClick={() =>
                  onEdit(p => setCoverageCorrection(p, hit.id, entry.code, false), 'coverage.untag')
                }
              >
                Bỏ
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <span className="coverage-add">
        <select
          aria-label={`Gắn nhiệm vụ cho ${entry.code}`}
          data-testid={`coverage-add-${entry.code}`}
          value={adding}
          onChange={e => setAdding(e.target.value)}
          onFocus={() => setOpen(true)}
          onMouseDown={() => setOpen(true)}
        >
          <option value="">Gắn thêm nhiệm vụ…</option>
          {(open ? candidates : [])
            .filter(c => !covered.has(c.id))
            .map(c => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
        </select>
        <button
          type="button"
          disabled={adding === ''}
          data-testid={`coverage-add-button-${entry.code}`}
          onClick={() => {
            onEdit(p => setCoverageCorrection(p, adding, entry.code, true), 'coverage.tag')
            setAdding('')
          }}
        >
          Gắn
        </button>
      </span>
    </li>
  )
}
