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
  const codes = (id: string) => taxonomies.filter(t => t.id === id).flatMap(flattenTaxonomy)
  return (
    <div className="library-filters">
      <select
        aria-label="Loại"
        data-testid="filter-kind"
        value={filters.kind ?? ''}
        onChange={e => set('kind', e.target.value as ClauseKind | '')}
      >
        <option value="">Mọi loại</option>
        {KINDS.map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </select>
      <select
        aria-label="Chỉ số PAPI"
        value={filters.papi ?? ''}
        onChange={e => set('papi', e.target.value)}
      >
        <option value="">Mọi nội dung PAPI</option>
        {codes('papi').map(c => (
          <option key={c.code} value={c.code}>
            {c.code.includes('.') ? '\u00a0\u00a0' : ''}
            {c.code} {c.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Lĩnh vực CCHC"
        value={filters.cchc ?? ''}
        onChange={e => set('cchc', e.target.value)}
      >
        <option value="">Mọi lĩnh vực CCHC</option>
        {codes('cchc').map(c => (
          <option key={c.code} value={c.code}>
            {c.code} {c.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Mục"
        value={filters.section ?? ''}
        onChange={e => set('section', e.target.value as SectionRole | '')}
      >
        <option value="">Mọi mục</option>
        {SECTIONS.map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </select>
      <select
        aria-label="Cấp"
        value={filters.level ?? ''}
        onChange={e => set('level', e.target.value as AgencyLevel | '')}
      >
        <option value="">Mọi cấp</option>
        {LEVELS.map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </select>
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
