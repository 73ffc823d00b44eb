import { useDeferredValue, useMemo, useState } from 'react'
import type { Plan } from '../../../shared/model/types'
import { countWords } from './count-words'
import type { View } from './use-view'
import { formatPercent, parsePercent } from './zoom'
import './view.css'

/** Props of the status bar: the view it controls and the document's save state. */
export type StatusBarProps = {
  readonly view: View
  readonly plan: Plan
  readonly dirty: boolean
  readonly saved: boolean
}

/** The bar under the page: word count, save state, side-pane toggle and Word's zoom box. */
export function StatusBar({ view, plan, dirty, saved }: StatusBarProps) {
  // Counted on a deferred copy, like the check panes, so counting never delays typing.
  const deferred = useDeferredValue(plan)
  const wordCount = useMemo(() => countWords(deferred), [deferred])
  const appendices = deferred.appendices.length
  const saveState = dirty ? 'Có thay đổi chưa lưu' : saved ? 'Đã lưu' : 'Chưa lưu thành tệp'
  return (
    <footer className="status-bar" aria-label="Thanh trạng thái" data-testid="status-bar">
      <span data-testid="status-words" title="Số từ của trích yếu, căn cứ, nội dung và phụ lục">
        {wordCount.toLocaleString('vi-VN')} từ
        {appendices > 0 ? ` · ${appendices} phụ lục` : ''}
      </span>
      <span data-testid="status-save" className={dirty ? 'status-dirty' : undefined}>
        {saveState}
      </span>
      <span className="status-spacer" />
      <button
        type="button"
        className="status-button"
        data-testid="toggle-side"
        aria-pressed={!view.sideCollapsed}
        title={`${view.sideCollapsed ? 'Hiện' : 'Ẩn'} ngăn bên: dàn ý, thư viện, bao phủ (Ctrl+F1)`}
        aria-keyshortcuts="Control+F1"
        onClick={view.toggleSide}
      >
        Ngăn bên
      </button>
      <ZoomBox view={view} />
    </footer>
  )
}

/** Word's zoom box: − and + buttons, the percentage (typed or shown) and "page width". */
function ZoomBox({ view }: { view: View }) {
  const [typed, setTyped] = useState<string | undefined>(undefined)
  const apply = () => {
    const factor = typed === undefined ? undefined : parsePercent(typed)
    if (factor !== undefined) {
      view.setZoom(factor)
    }
    setTyped(undefined)
  }
  return (
    <div className="zoom-box" role="group" aria-label="Thu phóng">
      <button
        type="button"
        className="status-button"
        data-testid="zoom-out"
        title="Thu nhỏ (Ctrl+-)"
        aria-label="Thu nhỏ"
        aria-keyshortcuts="Control+-"
        onClick={view.zoomOut}
      >
        −
      </button>
      <input
        className="zoom-value"
        data-testid="zoom-value"
        aria-label="Tỷ lệ thu phóng"
        title="Tỷ lệ thu phóng: gõ số phần trăm rồi Enter; Ctrl+0 về 100 %"
        size={6}
        value={typed ?? formatPercent(view.zoom)}
        onChange={event => setTyped(event.target.value)}
        onFocus={event => event.target.select()}
        onBlur={apply}
        onKeyDown={event => {
          if (event.key === 'Enter') {
            apply()
          } else if (event.key === 'Escape') {
            setTyped(undefined)
          }
        }}
      />
      <button
        type="button"
        className="status-button"
        data-testid="zoom-in"
        title="Phóng to (Ctrl+=)"
        aria-label="Phóng to"
        aria-keyshortcuts="Control+="
        onClick={view.zoomIn}
      >
        +
      </button>
      <button
        type="button"
        className="status-button"
        data-testid="zoom-fit"
        title="Vừa chiều rộng: trang vừa khít bề ngang cửa sổ"
        aria-pressed={view.choice.kind === 'fit'}
        onClick={view.fitWidth}
      >
        Vừa chiều rộng
      </button>
    </div>
  )
}
