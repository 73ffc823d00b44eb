import type { Repair } from '../../shared/model/restore'
import type { Notice } from './use-document'

/** The message bar: errors and confirmations, plus the repairs made when a plan was opened. */
export function Notices(props: {
  notice: Notice | undefined
  repairs: readonly Repair[]
  importNotes?: readonly string[] | undefined
  onDismiss: () => void
  action?: { label: string; run: () => void } | undefined
}) {
  return (
    <>
      {props.notice && (
        <div
          className={`notice ${props.notice.kind}`}
          role={props.notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          <span>{props.notice.text}</span>
          {props.action && (
            <button className="link" onClick={props.action.run}>
              {props.action.label}
            </button>
          )}
          <button className="link" onClick={props.onDismiss} aria-label="Đóng thông báo">
            ✕
          </button>
        </div>
      )}
      {props.importNotes && props.importNotes.length > 0 && (
        <details className="notice info" data-testid="import-report">
          <summary>Báo cáo nhập từ Word: {props.importNotes.length} chỗ cần xem lại.</summary>
          <ul>
            {props.importNotes.slice(0, 100).map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </details>
      )}
      {props.repairs.length > 0 && (
        <details className="notice info" data-testid="repairs">
          <summary>
            Tệp có chỗ không hợp lệ và đã được sửa tự động ({props.repairs.length} chỗ). Hãy lưu lại
            để giữ bản đã sửa.
          </summary>
          <ul>
            {props.repairs.slice(0, 50).map((repair, i) => (
              <li key={i} title={repair.path}>
                {repair.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  )
}
