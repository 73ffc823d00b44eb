import type { CompareCounts } from '../../../shared/lineage/compare'

/** What the compare bar shows and does. */
export type CompareBarProps = {
  readonly label: string
  readonly counts: CompareCounts
  /** 1-based position of the current change, 0 before the first. */
  readonly position: number
  readonly total: number
  readonly onPrevious: () => void
  readonly onNext: () => void
  readonly onExport: () => void
  readonly onClose: () => void
}

/** The bar above the comparison: what is compared, the counts, previous/next, export, close. */
export function CompareBar(props: CompareBarProps) {
  const { counts, total } = props
  return (
    <div className="cmp-bar" role="toolbar" aria-label="So sánh" data-testid="compare-bar">
      <span className="cmp-title">
        So sánh với <strong>{props.label}</strong>
      </span>
      <span className="cmp-counts" data-testid="compare-counts">
        {total === 0
          ? 'Không có thay đổi'
          : `${total} thay đổi: ${counts.added} thêm, ${counts.removed} xóa, ${counts.changed} sửa, ${counts.moved} chuyển chỗ`}
      </span>
      <button
        onClick={props.onPrevious}
        disabled={total === 0}
        title="Thay đổi trước (Shift+F8)"
        data-testid="compare-previous"
      >
        Thay đổi trước
      </button>
      <span className="cmp-position" data-testid="compare-position">
        {props.position}/{total}
      </span>
      <button
        onClick={props.onNext}
        disabled={total === 0}
        title="Thay đổi sau (F8)"
        data-testid="compare-next"
      >
        Thay đổi sau
      </button>
      <button onClick={props.onExport} data-testid="compare-export">
        Xuất Word có theo dõi thay đổi…
      </button>
      <button onClick={props.onClose} title="Đóng so sánh (Esc)" data-testid="compare-close">
        Đóng so sánh
      </button>
    </div>
  )
}
