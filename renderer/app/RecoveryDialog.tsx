import type { AutosaveEntry } from '../../shared/ipc/contract'
import { Modal } from './dialog/Modal'

/** Offers the work autosave kept from a session that ended without saving (crash, power cut). */
export function RecoveryDialog(props: {
  entries: readonly AutosaveEntry[]
  onRecover: (id: string) => void
  onDiscard: (id: string) => void
  onClose: () => void
}) {
  return (
    <Modal
      headingId="recovery-dialog-title"
      label="Khôi phục công việc chưa lưu"
      onCancel={props.onClose}
    >
      <div className="modal" data-testid="recovery-dialog">
        <h2 id="recovery-dialog-title">Khôi phục công việc chưa lưu</h2>
        <p>Lần trước chương trình đóng khi còn thay đổi chưa lưu. Chọn bản muốn khôi phục:</p>
        <ul className="file-list">
          {props.entries.map(entry => (
            <li key={entry.id}>
              <strong>{entry.title || 'Kế hoạch chưa có trích yếu'}</strong>
              <span className="muted">
                {' '}
                — tự động lưu lúc {new Date(entry.savedAt).toLocaleString('vi-VN')}
              </span>
              {entry.path && <div className="muted">{entry.path}</div>}
              <div className="modal-actions">
                <button onClick={() => props.onRecover(entry.id)}>Khôi phục</button>
                <button onClick={() => props.onDiscard(entry.id)}>Bỏ bản này</button>
              </div>
            </li>
          ))}
        </ul>
        <div className="modal-actions">
          <button onClick={props.onClose}>Để sau</button>
        </div>
      </div>
    </Modal>
  )
}
