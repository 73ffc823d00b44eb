import { memo, useDeferredValue, useMemo } from 'react'
import { check } from '../../shared/model/check'
import { applyFix, applyFixes } from '../../shared/model/check/apply-fix'
import { setToneStyle } from '../../shared/model/check/set-tone-style'
import { checkCoverage } from '../../shared/model/coverage/check-coverage'
import type { Finding } from '../../shared/model/finding'
import type { Plan, ToneStyle } from '../../shared/model/types'
import { scrollToBlock } from '../editor/scroll-to-block'
import { useTaxonomies } from '../features/coverage/use-taxonomies'
import type { CommandRegistry } from '../workspace/command-registry'
import type { PaneCommands } from '../workspace/commands'
import { useWorkspace } from '../workspace/workspace'

const SEVERITY_LABEL: Readonly<Record<Finding['severity'], string>> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Gợi ý',
}

/** Applies a plan change; `key` groups undo steps. */
type EditPlan = (change: (plan: Plan) => Plan, key: string) => void

/**
 * The "Kiểm tra" list: findings of check() and of the index coverage for the open plan; a click
 * jumps to the place, "Sửa" applies a finding's fix, "Sửa tất cả lỗi loại này" every fix of its kind.
 */
export function ChecksPane({ plan }: { plan: Plan }) {
  // Checking never delays typing: it runs on a deferred copy of the plan.
  return <ChecksList plan={useDeferredValue(plan)} />
}

const ChecksList = memo(function ChecksList({ plan }: { plan: Plan }) {
  const { commands, document } = useWorkspace()
  const onEdit: EditPlan = document.edit
  const taxonomies = useTaxonomies()
  const findings = useMemo(
    () => [...check(plan), ...checkCoverage(plan, taxonomies)],
    [plan, taxonomies]
  )
  const fixable = useMemo(() => {
    const byCode = new Map<string, number>()
    findings.forEach(f => f.fix && byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1))
    return byCode
  }, [findings])
  const firstOfCode = (i: number) => findings.findIndex(f => f.code === findings[i]?.code) === i
  const fixAll = (code: string) =>
    onEdit(
      p =>
        applyFixes(
          p,
          findings.flatMap(f => (f.code === code && f.fix ? [f.fix] : []))
        ),
      `check.fix-all.${code}`
    )
  return (
    <section className="checks" aria-label="Kiểm tra" data-testid="checks">
      <h2>Kiểm tra</h2>
      <label className="tone-style">
        Cách đặt dấu thanh:{' '}
        <select
          data-testid="tone-style"
          value={plan.proofing?.toneStyle ?? ''}
          onChange={e =>
            onEdit(
              p => setToneStyle(p, (e.target.value || undefined) as ToneStyle | undefined),
              'check.tone-style'
            )
          }
        >
          <option value="">Theo kiểu dùng nhiều trong văn bản</option>
          <option value="old">hòa, thủy, Ủy</option>
          <option value="new">hoà, thuỷ, Uỷ</option>
        </select>
      </label>
      {findings.length === 0 && <p className="muted">Không phát hiện lỗi.</p>}
      <ul>
        {findings.map((finding, i) => (
          <li key={`${finding.code}-${i}`} className={`finding ${finding.severity}`}>
            <button className="link" onClick={() => jumpTo(commands, finding)} title={finding.rule}>
              <strong>{SEVERITY_LABEL[finding.severity]}:</strong> {finding.message}
            </button>
            <div className="rule">{finding.rule}</div>
            {finding.fix && (
              <button
                type="button"
                data-testid="check-fix"
                onClick={() => {
                  const { fix } = finding
                  if (fix) {
                    onEdit(p => applyFix(p, fix), `check.fix.${finding.code}`)
                  }
                }}
              >
                Sửa
              </button>
            )}{' '}
            {finding.fix && (fixable.get(finding.code) ?? 0) > 1 && firstOfCode(i) && (
              <button
                type="button"
                data-testid="check-fix-all"
                onClick={() => fixAll(finding.code)}
              >
                Sửa tất cả lỗi loại này ({fixable.get(finding.code)})
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
})

/** Field locations point at the header, title or signature blocks of the page. */
const FIELD_BLOCKS: Readonly<Record<string, string>> = {
  header: 'header',
  subject: 'subject',
  signature: 'signature',
  recipients: 'recipients',
  archive: 'recipients',
}

function jumpTo(commands: CommandRegistry<PaneCommands>, finding: Finding): void {
  const { id, field } = finding.location ?? {}
  if (id) {
    commands.run('editor.focus', id)
  } else if (field) {
    scrollToBlock(FIELD_BLOCKS[field.split('.')[0] ?? ''] ?? field)
  }
}
