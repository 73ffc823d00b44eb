import { useState } from 'react'
import type { Finding } from '../../shared/model/finding'
import { Modal } from './dialog/Modal'

/**
 * The pre-export check: lists errors (which block the export unless the clerk confirms a marked
 * draft) and warnings, each with the rule it comes from.
 */
export function ExportDialog(props: {
  findings: readonly Finding[]
  onExport: (allowErrors: boolean) => void
  onCancel: () => void
}) {
  const errors = props.findings.filter(f => f.severity === 'error')
  const warnings = props.findings.filter(f => f.severity !== 'error')
  const [draft, setDraft] = useState(false)
  return (
    <Modal
      headingId="export-dialog-title"
      label="Kiểm tra trước khi xuất Word"
      onCancel={props.onCancel}
    >
      <div className="modal wide" data-testid="export-dialog">
        <h2 id="export-dialog-title">Kiểm tra trước khi xuất Word</h2>
        {props.findings.length === 0 && <p>Kế hoạch đạt mọi yêu cầu về thể thức.</p>}
        {errors.length > 0 && (
          <FindingList title={`Lỗi (${errors.length})`} findings={errors} className="error" />
        )}
        {warnings.length > 0 && (
          <FindingList
            title={`Cảnh báo (${warnings.length})`}
            findings={warnings}
            className="warning"
          />
        )}
        {errors.length > 0 && (
          <label className="check">
            <input
              type="checkbox"
              checked={draft}
              onChange={e => setDraft(e.target.checked)}
              data-testid="export-draft"
            />
            Tôi hiểu kế hoạch còn lỗi; vẫn xuất thành bản nháp (DỰ THẢO).
          </label>
        )}
        <div className="modal-actions">
          <button
            data-testid="export-go"
            disabled={errors.length > 0 && !draft}
            onClick={() => props.onExport(errors.length > 0)}
          >
            Xuất Word…
          </button>
          <button onClick={props.onCancel}>Hủy</button>
        </div>
      </div>
    </Modal>
  )
}

function FindingList({
  title,
  findings,
  className,
}: {
  title: string
  findings: readonly Finding[]
  className: string
}) {
  return (
    <section>
      <h3>{title}</h3>
      <ul>
        {findings.map((f, i) => (
          <li key={`${f.code}-${i}`} className={`finding ${className}`}>
            {f.message}
            <div className="rule">{f.rule}</div>
          </li>
        ))}
      </ul>
    </section>
  )
}
