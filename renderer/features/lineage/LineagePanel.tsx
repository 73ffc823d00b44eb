import { useDeferredValue, useMemo, useRef } from 'react'
import type { LineageChange } from '../../../shared/lineage'
import { changeStates } from '../../../shared/lineage/review/change-state'
import { groupChanges } from '../../../shared/lineage/review/group-changes'
import { setChangesApplied } from '../../../shared/lineage/review/set-changes'
import type { Plan } from '../../../shared/model/types'
import { useWorkspace } from '../../workspace/workspace'
import type { ChangeActions } from './ChangeItem'
import { ChangeGroupView } from './ChangeGroupView'
import { changeTarget } from './change-target'
import type { LineageSession } from './lineage-session'
import { ProvenanceNote } from './ProvenanceNote'
import './lineage.css'

/**
 * The review of a carried-forward or derived plan: every change grouped by kind with counts,
 * before → after and where; a click shows the place in the page; Giữ / Hoàn tác per change and
 * per kind. Undo and re-apply are plan edits (Ctrl+Z undoes them); states are read from the plan.
 */
export function LineagePanel(props: {
  readonly plan: Plan
  readonly session: LineageSession
  readonly onKeep: (ids: readonly string[]) => void
}) {
  const { session, onKeep } = props
  const plan = useDeferredValue(props.plan)
  const { document: store, commands } = useWorkspace()
  const groups = useMemo(() => groupChanges(session.changes), [session.changes])
  const states = useMemo(
    () => changeStates(plan, session.source, session.changes),
    [plan, session.source, session.changes]
  )
  const step = useRef(0)
  const actions = useMemo<ChangeActions>(
    () => ({
      reveal: (change: LineageChange) => {
        const target = changeTarget(change.location.slot)
        commands.run('editor.focus', target.block)
        if (target.row) {
          document
            .querySelector(`tr[data-row-id="${CSS.escape(target.row)}"]`)
            ?.scrollIntoView({ block: 'center' })
        }
      },
      keep: onKeep,
      setApplied: (ids, apply) => {
        step.current += 1
        const chosen = new Set(ids)
        store.edit(
          p => setChangesApplied(p, session.source, session.changes, chosen, apply),
          `lineage.${step.current}`
        )
      },
    }),
    [commands, onKeep, session.changes, session.source, store]
  )
  const count = (state: string) => [...states.values()].filter(s => s === state).length
  const flags = count('flag')
  const made = session.changes.length - flags
  return (
    <section className="lineage" aria-label="Rà soát thay đổi" data-testid="lineage-panel">
      <header className="lineage-head">
        <h2>Rà soát thay đổi</h2>
        {plan.provenance && <ProvenanceNote provenance={plan.provenance} />}
        <p className="lineage-summary" data-testid="lineage-summary">
          {made} thay đổi ({count('undone')} đã hoàn tác) · {flags} chỗ cần xem lại
        </p>
      </header>
      {groups.map(group => (
        <ChangeGroupView
          key={group.kind}
          group={group}
          states={states}
          kept={session.kept}
          actions={actions}
        />
      ))}
    </section>
  )
}
