import { provenanceKindText, provenanceSource } from '../../../shared/lineage/review/provenance'
import type { Provenance } from '../../../shared/model/types'

/** `07:30 ngày 05/12/2026` in the clerk's time zone; empty for a time that cannot be read. */
export function madeAt(iso: string): string {
  const time = new Date(iso)
  if (Number.isNaN(time.getTime())) {
    return ''
  }
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(time.getHours())}:${two(time.getMinutes())} ngày ${two(time.getDate())}/${two(time.getMonth() + 1)}/${time.getFullYear()}`
}

/**
 * Where the plan was made from: `Lập từ: Kế hoạch số 94/KH-UBND ngày 02/6/2024 của …`, then how
 * (next year's plan, or implemented one level down), the source file and when.
 */
export function ProvenanceNote({ provenance }: { readonly provenance: Provenance }) {
  const source = provenanceSource(provenance)
  const details = [
    provenanceKindText(provenance),
    provenance.file ? `tệp ${provenance.file}` : '',
    madeAt(provenance.createdAt),
  ].filter(part => part !== '')
  return (
    <div className="provenance" data-testid="provenance" title={provenance.subject}>
      <div className="provenance-source">
        Lập từ: <span data-testid="provenance-source">{source}</span>
      </div>
      <div className="provenance-details muted">{details.join(' · ')}</div>
    </div>
  )
}
