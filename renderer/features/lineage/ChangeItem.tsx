import { memo } from 'react'
import type { LineageChange } from '../../../shared/lineage'
import type { ChangeState } from '../../../shared/lineage/review/change-state'
import { contextParts } from './context-parts'

/** What the clerk can do with one change. */
export type ChangeActions = {
  readonly reveal: (change: LineageChange) => void
  readonly keep: (ids: readonly string[]) => void
  readonly setApplied: (ids: readonly string[], apply: boolean) => void
}

/** One change of the review: where, before → after (or what to check), and its buttons. */
export const ChangeItem = memo(function ChangeItem(props: {
  readonly change: LineageChange
  readonly state: ChangeState
  readonly kept: boolean
  readonly actions: ChangeActions
}) {
  const { change, state, kept, actions } = props
  const flag = state === 'flag'
  return (
    <li
      className={`lineage-change is-${state}${kept ? ' is-kept' : ''}`}
      data-testid="lineage-change"
      data-change-id={change.id}
      data-state={state}
    >
      <button
        className="link lineage-where"
        title="Xem chỗ này trong trang"
        onClick={() => actions.reveal(change)}
      >
        {change.location.label}
      </button>
      {flag ? (
        <div className="lineage-context">{change.context}</div>
      ) : (
        <ChangeText change={change} />
      )}
      <div className="lineage-note">{change.note}</div>
      <div className="lineage-actions">
        <ChangeButtons {...props} />
      </div>
    </li>
  )
})

function ChangeText({ change }: { readonly change: LineageChange }) {
  const parts = contextParts(change)
  if (parts) {
    return (
      <div className="lineage-context">
        {parts.lead}
        <del>{parts.before}</del>
        <span className="lineage-arrow" aria-label="thành">
          {' → '}
        </span>
        <ins>{parts.after}</ins>
        {parts.tail}
      </div>
    )
  }
  return (
    <div className="lineage-context">
      {change.before && <del>{change.before}</del>}
      {change.before && ' → '}
      <ins>{change.after}</ins>
    </div>
  )
}

function ChangeButtons(props: {
  readonly change: LineageChange
  readonly state: ChangeState
  readonly kept: boolean
  readonly actions: ChangeActions
}) {
  const { change, state, kept, actions } = props
  const ids = [change.id]
  if (state === 'flag') {
    return kept ? (
      <span className="lineage-status">✓ Đã xem</span>
    ) : (
      <button data-testid="lineage-seen" onClick={() => actions.keep(ids)}>
        Đã xem
      </button>
    )
  }
  if (state === 'edited') {
    return <span className="lineage-status">Đã sửa tay</span>
  }
  if (state === 'undone') {
    return (
      <>
        <span className="lineage-status">Đã hoàn tác</span>
        <button data-testid="lineage-redo" onClick={() => actions.setApplied(ids, true)}>
          Áp dụng lại
        </button>
      </>
    )
  }
  return (
    <>
      {kept ? (
        <span className="lineage-status">✓ Đã giữ</span>
      ) : (
        <button data-testid="lineage-keep" onClick={() => actions.keep(ids)}>
          Giữ
        </button>
      )}
      <button data-testid="lineage-undo" onClick={() => actions.setApplied(ids, false)}>
        Hoàn tác
      </button>
    </>
  )
}
