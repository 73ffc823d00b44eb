import { useState } from 'react'
import type { ClauseKind, SearchFilters } from '../../../shared/library/types'
import { flattenTaxonomy, type Taxonomy } from '../../../shared/model/taxonomy'
import type { AgencyLevel, SectionRole } from '../../../shared/model/types'

const KINDS: readonly [ClauseKind, string][] = [
  ['paragraph', 'Đoạn văn'],
  ['item', 'Mục'],
  ['task-row', 'Dòng nhiệm vụ'],
  ['recipient', 'Nơi nhận'],
  ['basis', 'Căn cứ'],
  ['section-heading', 'Tên mục'],
]
const SECTIONS: readonly [SectionRole, string][] = [
  ['purpose', 'Mục đích, yêu cầu'],
  ['tasks', 'Nhiệm vụ, giải pháp'],
  ['extra', 'Mục bổ sung'],
  ['organization', 'Tổ chức thực hiện'],
]
const LEVELS: readonly [AgencyLevel, string][] = [
  ['tinh', 'Cấp tỉnh'],
  ['huyen', 'Cấp huyện'],
  ['xa', 'Cấp xã'],
]

/** The library's filters: kind, PAPI/CCHC tag, section, level, year, source, approved only. */
export function LibraryFilters({
  filters,
  onChange,
  taxonomies,
}: {
  filters: SearchFilters
  onChange: (f: SearchFilters) => void
  taxonomies: readonly Taxonomy[]
}) {
  const set = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K] | '') => {
    const { [key]: _drop, ...rest } = filters
    onChange(value === '' || value === undefined ? rest : { ...rest, [key]: value })
  }
  const [yearText, setYearText] = useState(filters.year ? String(filters.year) : '')
  // Taxonomy entries as options; sub-criteria (P5.3) indented under their dimension.
  const codes = (id: string): [string, string][] =>
    taxonomies
      .filter(t => t.id === id)
      .flatMap(flattenTaxonomy)
      .map(c => [c.code, `${c.code.includes('.') ? '\u00a0\u00a0' : ''}${c.code} ${c.name}`])
  return (
    <div className="library-filters">
      <Choice
        label="Loại"
        testId="filter-kind"
        empty="Mọi loại"
        value={filters.kind}
        options={KINDS}
        onChange={v => set('kind', v as ClauseKind | '')}
      />
      <Choice
        label="Chỉ số PAPI"
        empty="Mọi nội dung PAPI"
        value={filters.papi}
        options={codes('papi')}
        onChange={v => set('papi', v)}
      />
      <Choice
        label="Lĩnh vực CCHC"
        empty="Mọi lĩnh vực CCHC"
        value={filters.cchc}
        options={codes('cchc')}
        onChange={v => set('cchc', v)}
      />
      <Choice
        label="Mục"
        empty="Mọi mục"
        value={filters.section}
        options={SECTIONS}
        onChange={v => set('section', v as SectionRole | '')}
      />
      <Choice
        label="Cấp"
        empty="Mọi cấp"
        value={filters.level}
        options={LEVELS}
        onChange={v => set('level', v as AgencyLevel | '')}
      />
      <input
        aria-label="Năm"
        placeholder="Năm"
        inputMode="numeric"
        size={5}
        value={yearText}
        onChange={e => {
          setYearText(e.target.value)
          set('year', /^\d{4}$/.test(e.target.value.trim()) ? Number(e.target.value.trim()) : '')
        }}
      />
      <input
        aria-label="Nguồn"
        placeholder="Nguồn"
        size={10}
        value={filters.source ?? ''}
        onChange={e => set('source', e.target.value)}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={filters.status === 'approved'}
          onChange={e => set('status', e.target.checked ? 'approved' : '')}
        />
        Đã duyệt
      </label>
    </div>
  )
}

/** A filter drop-down: an "all" entry, then `[value, text]` options. */
function Choice(props: {
  label: string
  testId?: string
  empty: string
  value: string | undefined
  options: readonly (readonly [string, string])[]
  onChange: (value: string) => void
}) {
  return (
    <select
      aria-label={props.label}
      data-testid={props.testId}
      value={props.value ?? ''}
      onChange={e => props.onChange(e.target.value)}
    >
      <option value="">{props.empty}</option>
      {props.options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  )
}
