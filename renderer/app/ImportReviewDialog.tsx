import { useMemo, useState } from 'react'
import type { ImportedPlan } from '../../shared/ipc/contract'
import {
  PARAGRAPH_ROLES,
  canStartSection,
  looseParagraphs,
  reassignParagraph,
  reviewParts,
  type LooseParagraph,
  type ParagraphRole,
} from '../../shared/import/review'
import type { Plan } from '../../shared/model/types'
import { Modal } from './dialog/Modal'

const WHERE: Readonly<Record<LooseParagraph['where']['kind'], string>> = {
  preamble: 'trước mục I',
  section: 'trong mục',
  closing: 'sau phần nội dung',
}

function rolesFor(p: LooseParagraph) {
  return PARAGRAPH_ROLES.filter(
    r => r.role !== 'section' || (p.where.kind === 'section' && canStartSection(p.where.role))
  )
}

/**
 * The check after "Mở từ Word…": what went where (header, căn cứ, each section, Nơi nhận,
 * signature, appendices), the uncertain parts marked, the import's own notes, and every paragraph
 * left as running text with one action to give it its right role, before the plan opens.
 */
export function ImportReviewDialog(props: {
  imported: ImportedPlan
  onOpen: (plan: Plan) => void
  onCancel: () => void
}) {
  const [plan, setPlan] = useState(props.imported.plan)
  const [history, setHistory] = useState<readonly Plan[]>([])
  const parts = useMemo(() => reviewParts(plan), [plan])
  const loose = useMemo(() => looseParagraphs(plan), [plan])
  // Uncertain guesses first, as the clerk should check those.
  const inferred = [...props.imported.report.inferred].sort(
    (a, b) => Number(b.uncertain === true) - Number(a.uncertain === true)
  )
  const uncertain = parts.filter(p => p.uncertain).length
  const give = (id: string, role: ParagraphRole) => {
    const next = reassignParagraph(plan, id, role)
    if (next !== plan) {
      setHistory(h => [...h, plan])
      setPlan(next)
    }
  }
  const undo = () => {
    const previous = history.at(-1)
    if (previous) {
      setHistory(h => h.slice(0, -1))
      setPlan(previous)
    }
  }
  return (
    <Modal
      headingId="import-review-title"
      label="Kiểm tra bản nhập từ Word"
      onCancel={props.onCancel}
    >
      <div className="modal wide import-review" data-testid="import-review">
        <h2 id="import-review-title">Kiểm tra bản nhập từ Word</h2>
        <p>
          {uncertain > 0
            ? `Có ${uncertain} phần cần xem lại (đánh dấu ⚠). `
            : 'Các phần chính đều đã tìm thấy. '}
          Đoạn nào bị xếp sai chỗ, hãy chọn vai trò đúng cho đoạn đó rồi bấm “Mở kế hoạch”.
        </p>
        <ul className="review-parts" data-testid="review-parts">
          {parts.map(part => (
            <li
              key={part.key}
              data-testid={`review-part-${part.key.replace(/-.*/, '')}`}
              className={part.uncertain ? 'uncertain' : undefined}
            >
              <strong>
                {part.uncertain ? '⚠ ' : ''}
                {part.title}
              </strong>
              {part.uncertain && <div className="review-warning">{part.uncertain}</div>}
              {part.lines.map((line, i) => (
                <div key={i} className="muted review-line">
                  {line}
                </div>
              ))}
            </li>
          ))}
        </ul>
        {(inferred.length > 0 || props.imported.report.notes.length > 0) && (
          <details data-testid="review-notes" open>
            <summary>
              Chương trình đã suy ra ({inferred.length + props.imported.report.notes.length})
            </summary>
            <ul>
              {inferred.map((x, i) => (
                <li key={`i${i}`} className={x.uncertain ? 'review-warning' : undefined}>
                  {x.uncertain ? '⚠ ' : ''}
                  {x.message}
                </li>
              ))}
              {props.imported.report.notes.map((note, i) => (
                <li key={`n${i}`}>{note}</li>
              ))}
            </ul>
          </details>
        )}
        <h3>Đoạn văn chưa xếp vào phần nào ({loose.length})</h3>
        <ul className="review-loose" data-testid="review-loose">
          {loose.map(p => (
            <li key={p.id} data-testid="review-paragraph">
              <span className="muted">{p.nested ? 'dưới một đề mục' : WHERE[p.where.kind]}: </span>
              <span className="review-text">{p.text || '(đoạn trống)'}</span>
              <select
                aria-label={`Vai trò của đoạn “${p.text.slice(0, 40)}”`}
                data-testid="review-role"
                value=""
                onChange={e => give(p.id, e.target.value as ParagraphRole)}
              >
                <option value="">Giữ nguyên</option>
                {rolesFor(p).map(r => (
                  <option key={r.role} value={r.role}>
                    {r.label}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
        <div className="modal-actions">
          <button data-testid="review-undo" disabled={history.length === 0} onClick={undo}>
            Hoàn tác
          </button>
          <button onClick={props.onCancel} data-testid="review-cancel">
            Hủy
          </button>
          <button data-testid="review-open" onClick={() => props.onOpen(plan)}>
            Mở kế hoạch
          </button>
        </div>
      </div>
    </Modal>
  )
}
