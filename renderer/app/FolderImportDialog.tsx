import { useEffect, useState } from 'react'
import type { FolderJobStatus } from '../../shared/ipc/contract'
import { api } from '../services/api'
import { Modal } from './dialog/Modal'

const POLL_MS = 300

/**
 * "Nhập thư mục kế hoạch cũ": harvests every .docx, .doc and .pdf in a folder into the library, with a progress
 * bar, a cancel button and a summary (plans read, clauses added, duplicates skipped, failures).
 */
export function FolderImportDialog({ folder, onClose }: { folder: string; onClose: () => void }) {
  const [jobId, setJobId] = useState<string | undefined>(undefined)
  const [status, setStatus] = useState<FolderJobStatus | undefined>(undefined)
  const [error, setError] = useState<string | undefined>(undefined)

  useEffect(() => {
    void api['import:folderStart'](folder).then(result =>
      result.ok ? setJobId(result.value.jobId) : setError(result.error.message)
    )
  }, [folder])

  useEffect(() => {
    if (!jobId || status?.finished) {
      return undefined
    }
    const timer = window.setInterval(() => {
      void api['import:folderStatus'](jobId).then(result =>
        result.ok ? setStatus(result.value) : setError(result.error.message)
      )
    }, POLL_MS)
    return () => window.clearInterval(timer)
  }, [jobId, status?.finished])

  const summary = status?.summary
  const running = !summary && !error
  return (
    <Modal
      headingId="folder-import-title"
      label="Nhập thư mục kế hoạch cũ"
      onCancel={running && jobId ? () => void api['import:folderCancel'](jobId) : onClose}
    >
      <div className="modal wide" data-testid="folder-import">
        <h2 id="folder-import-title">Nhập thư mục kế hoạch cũ vào thư viện</h2>
        <p className="muted">{folder}</p>
        {error && <p className="notice error">{error}</p>}
        {!summary && !error && (
          <>
            <progress
              value={status?.done ?? 0}
              max={Math.max(1, status?.total ?? 1)}
              style={{ width: '100%' }}
            />
            <p data-testid="folder-progress">
              {status ? `Đã đọc ${status.done}/${status.total} tệp` : 'Đang tìm tệp Word, PDF…'}
              {status?.file ? ` — ${status.file}` : ''}
            </p>
          </>
        )}
        {summary && (
          <div data-testid="folder-summary">
            <p>
              {summary.cancelled ? 'Đã dừng theo yêu cầu. ' : ''}Đã đọc {summary.plans} kế hoạch;
              thêm {summary.added} điều khoản vào thư viện; bỏ qua {summary.skipped} điều khoản
              trùng.
            </p>
            {summary.failed.length > 0 && (
              <>
                <p>{summary.failed.length} tệp không nhập được:</p>
                <ul className="file-list">
                  {summary.failed.map(f => (
                    <li key={f.file}>
                      <strong>{f.file}</strong>: {f.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        {status?.error && <p className="notice error">{status.error}</p>}
        <div className="modal-actions">
          {!summary && jobId && (
            <button
              type="button"
              data-testid="folder-cancel"
              onClick={() => void api['import:folderCancel'](jobId)}
            >
              Dừng
            </button>
          )}
          <button type="button" onClick={onClose} disabled={running && jobId !== undefined}>
            Đóng
          </button>
        </div>
      </div>
    </Modal>
  )
}
