import { useState } from 'react'
import type { ChangeState } from '../../../shared/lineage/review/change-state'
import type { ChangeGroup } from '../../../shared/lineage/review/group-changes'
import { ChangeItem, type ChangeActions } from './ChangeItem'

/** Groups longer than this start folded, so the kinds stay visible at a glance. */
const OPEN_UP_TO = 12

/** One kind of change: its name and count, buttons for the whole kind, and its changes. */
export function ChangeGroupView(props: {
  readonly group: ChangeGroup
  readonly states: ReadonlyMap<string, ChangeState>
  readonly kept: ReadonlySet<string>
  readonly actions: ChangeActions
}) {
  const { group, states, kept, actions } = props
  const [open, setOpen] = useState(group.changes.length <= OPEN_UP_TO)
  const ids = (state: ChangeState) =>
    group.changes.filter(c => states.get(c.id) === state).map(c => c.id)
  const applied = ids('applied')
  const undone = ids('undone')
  const unkept = [...applied, ...ids('flag')].filter(id => !kept.has(id))
  return (
    <section className="lineage-group" data-testid={`lineage-group-${group.kind}`}>
      <h3>
        <button
          className="link lineage-toggle"
          aria-expanded={open}
          onClick={() => setOpen(o => !o)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {group.label}{' '}
          <span className="lineage-count" data-testid={`lineage-count-${group.kind}`}>
            ({group.changes.length})
          </span>
        </button>
      </h3>
      {undone.length > 0 && !group.flag && (
        <div className="lineage-undone-count muted">{undone.length} đã hoàn tác</div>
      )}
      <div className="lineage-actions">
        {unkept.length > 0 && (
          <button data-testid="lineage-keep-kind" onClick={() => actions.keep(unkept)}>
            {group.flag ? 'Đã xem tất cả' : 'Giữ tất cả'}
          </button>
        )}
        {applied.length > 0 && (
          <button
            data-testid="lineage-undo-kind"
            onClick={() => actions.setApplied(applied, false)}
          >
            Hoàn tác tất cả
          </button>
        )}
        {undone.length > 0 && (
          <button data-testid="lineage-redo-kind" onClick={() => actions.setApplied(undone, true)}>
            Áp dụng lại tất cả
          </button>
        )}
      </div>
      {open && (
        <ol className="lineage-changes">
          {group.changes.map(change => (
            <ChangeItem
              key={change.id}
              change={change}
              state={states.get(change.id) ?? 'edited'}
              kept={kept.has(change.id)}
              actions={actions}
            />
          ))}
        </ol>
      )}
    </section>
  )
}
