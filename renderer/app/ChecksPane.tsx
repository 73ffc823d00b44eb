import { memo, useDeferredValue, useMemo } from 'react'
import { check } from '../../shared/model/check'
import type { Finding } from '../../shared/model/finding'
import type { Plan } from '../../shared/model/types'
import { scrollToBlock } from '../editor/scroll-to-block'
import type { CommandRegistry } from '../workspace/command-registry'
import type { PaneCommands } from '../workspace/commands'
import { useWorkspace } from '../workspace/workspace'

const SEVERITY_LABEL: Readonly<Record<Finding['severity'], string>> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Gợi ý',
}

/** The "Kiểm tra" list: findings of check() for the open plan; a click jumps to the place. */
export function ChecksPane({ plan }: { plan: Plan }) {
  // Checking never delays typing: it runs on a deferred copy of the plan.
  return <ChecksList plan={useDeferredValue(plan)} />
}

const ChecksList = memo(function ChecksList({ plan }: { plan: Plan }) {
  const findings = useMemo(() => check(plan), [plan])
  const { commands } = useWorkspace()
  return (
    <section className="checks" aria-label="Kiểm tra" data-testid="checks">
      <h2>Kiểm tra</h2>
      {findings.length === 0 && <p className="muted">Không phát hiện lỗi.</p>}
      <ul>
        {findings.map((finding, i) => (
          <li key={`${finding.code}-${i}`} className={`finding ${finding.severity}`}>
            <button className="link" onClick={() => jumpTo(commands, finding)} title={finding.rule}>
              <strong>{SEVERITY_LABEL[finding.severity]}:</strong> {finding.message}
            </button>
            <div className="rule">{finding.rule}</div>
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
