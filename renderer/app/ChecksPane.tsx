import { useDeferredValue, useMemo } from 'react'
import { check } from '../../shared/model/check'
import type { Finding } from '../../shared/model/finding'
import type { Plan } from '../../shared/model/types'

const SEVERITY_LABEL: Readonly<Record<Finding['severity'], string>> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Gợi ý',
}

/** The "Kiểm tra" list: findings of check() for the open plan; a click jumps to the place. */
export function ChecksPane({ plan }: { plan: Plan }) {
  // Checking never delays typing: it runs on a deferred copy of the plan.
  const deferred = useDeferredValue(plan)
  const findings = useMemo(() => check(deferred), [deferred])
  return (
    <aside className="checks" aria-label="Kiểm tra" data-testid="checks">
      <h2>Kiểm tra</h2>
      {findings.length === 0 && <p className="muted">Không phát hiện lỗi.</p>}
      <ul>
        {findings.map((finding, i) => (
          <li key={`${finding.code}-${i}`} className={`finding ${finding.severity}`}>
            <button className="link" onClick={() => jumpTo(finding)} title={finding.rule}>
              <strong>{SEVERITY_LABEL[finding.severity]}:</strong> {finding.message}
            </button>
            <div className="rule">{finding.rule}</div>
          </li>
        ))}
      </ul>
    </aside>
  )
}

function jumpTo(finding: Finding): void {
  const id = finding.location?.id
  const target = id ? document.querySelector(`[data-block-id="${CSS.escape(id)}"]`) : undefined
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' })
}
