import { useEffect, useState } from 'react'
import { planYear } from '../../../shared/lineage'
import { provenanceOf, provenanceSource } from '../../../shared/lineage/review/provenance'
import type { Plan } from '../../../shared/model/types'
import { useWorkspace } from '../../workspace/workspace'
import type { MadePlan } from './lineage-session'
import { makeLineagePlan, type LineageRequest } from './make-lineage-plan'
import { loadSource, type SourceChoice } from './load-source'
import { Modal } from '../../app/dialog/Modal'

/** The plan open in the window, offered as the source. */
export type OpenPlan = { readonly plan: Plan; readonly name: string; readonly file?: string }

const TITLES = {
  'carry-forward': 'Lập kế hoạch năm sau',
  derive: 'Triển khai kế hoạch cấp trên',
} as const

const INTRO = {
  'carry-forward':
    'Năm của kế hoạch được chuyển sang năm mới; số, ngày để trống; căn cứ, kết quả năm trước và nhiệm vụ đã quá hạn được đánh dấu để xem lại. Kế hoạch nguồn không bị sửa.',
  derive:
    'Kế hoạch của cấp dưới: câu “Thực hiện Kế hoạch số …” từ kế hoạch cấp trên, cơ quan ban hành và người ký theo Hồ sơ đơn vị, từ ngữ cấp hành chính và tên cơ quan được thay. Kế hoạch nguồn không bị sửa.',
} as const

/**
 * Asks where to start from (the open plan, a plan file, a Word or PDF file) and the new plan's
 * year or level, then makes the plan; it opens as a new unsaved plan with its review.
 */
export function LineageDialog(props: {
  readonly kind: 'carry-forward' | 'derive'
  readonly openPlan?: OpenPlan
  readonly onMade: (made: MadePlan) => void
  readonly onCancel: () => void
}) {
  const { kind, openPlan } = props
  const { lineage, dialogs } = useWorkspace()
  const [choice, setChoice] = useState<SourceChoice>(openPlan ? 'open' : 'plan')
  const openYear = openPlan ? planYear(openPlan.plan) : undefined
  const [year, setYear] = useState(openYear === undefined ? '' : String(openYear + 1))
  const [level, setLevel] = useState<'huyen' | 'xa'>(defaultLevel(openPlan?.plan))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>(undefined)
  useEffect(() => {
    if (kind === 'derive') {
      void lineage['profile:get']().then(p => {
        if (p.level === 'huyen' || p.level === 'xa') {
          setLevel(p.level)
        }
      })
    }
  }, [kind, lineage])

  const go = async () => {
    setError(undefined)
    const toYear = year.trim() === '' ? undefined : Number(year)
    if (toYear !== undefined && !(Number.isInteger(toYear) && toYear >= 1900 && toYear <= 2200)) {
      setError('Năm không hợp lệ: hãy nhập năm có bốn chữ số, ví dụ 2025.')
      return
    }
    setBusy(true)
    try {
      const source = await loadSource(choice, openPlan, lineage, dialogs)
      if (source === undefined) {
        return
      }
      if (!source.ok) {
        setError(source.error)
        return
      }
      const sourceYear = planYear(source.value.plan) ?? new Date().getFullYear() - 1
      const request: LineageRequest =
        kind === 'carry-forward' ? { kind, toYear: toYear ?? sourceYear + 1 } : { kind, level }
      props.onMade(await makeLineagePlan(source.value, request, lineage))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal label={TITLES[kind]} onCancel={props.onCancel}>
      <form
        className="modal"
        data-testid="lineage-dialog"
        onSubmit={event => {
          event.preventDefault()
          void go()
        }}
      >
        <h2>{TITLES[kind]}</h2>
        <p className="muted">{INTRO[kind]}</p>
        <fieldset className="lineage-source">
          <legend>Lập từ</legend>
          <label className="check">
            <input
              type="radio"
              name="lineage-source"
              data-testid="lineage-source-open"
              checked={choice === 'open'}
              disabled={!openPlan}
              onChange={() => setChoice('open')}
            />
            Kế hoạch đang mở{openPlan ? `: ${openPlanLabel(openPlan)}` : ''}
          </label>
          <label className="check">
            <input
              type="radio"
              name="lineage-source"
              data-testid="lineage-source-plan"
              checked={choice === 'plan'}
              onChange={() => setChoice('plan')}
            />
            Tệp kế hoạch (.kehoach)…
          </label>
          <label className="check">
            <input
              type="radio"
              name="lineage-source"
              data-testid="lineage-source-word"
              checked={choice === 'word'}
              onChange={() => setChoice('word')}
            />
            Tệp Word hoặc PDF của kế hoạch…
          </label>
        </fieldset>
        {kind === 'carry-forward' ? (
          <label>
            Năm của kế hoạch mới (để trống: năm sau năm của kế hoạch nguồn)
            <input
              data-testid="lineage-year"
              inputMode="numeric"
              value={year}
              onChange={e => setYear(e.target.value)}
            />
          </label>
        ) : (
          <>
            <label>
              Triển khai xuống
              <select
                data-testid="lineage-level"
                value={level}
                onChange={e => setLevel(e.target.value === 'xa' ? 'xa' : 'huyen')}
              >
                <option value="huyen">Cấp huyện</option>
                <option value="xa">Cấp xã</option>
              </select>
            </label>
            <p className="muted">
              Tên cơ quan được thay theo bảng trong thư mục dữ liệu (lineage/agencies.json), sửa
              được cho phù hợp với địa phương.
            </p>
          </>
        )}
        {error && (
          <p className="error" role="alert" data-testid="lineage-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" data-testid="lineage-go" disabled={busy}>
            {busy ? 'Đang lập…' : 'Lập kế hoạch'}
          </button>
          <button type="button" onClick={props.onCancel}>
            Hủy
          </button>
        </div>
      </form>
    </Modal>
  )
}

/** The open plan as the clerk knows it: its file name, else its number, date and issuer. */
function openPlanLabel(open: OpenPlan): string {
  return open.file
    ? open.name
    : provenanceSource(provenanceOf(open.plan, { kind: 'carry-forward', now: new Date() }))
}

/** One level below the source's, when the source says its level. */
function defaultLevel(plan: Plan | undefined): 'huyen' | 'xa' {
  return plan?.header.level === 'huyen' ? 'xa' : 'huyen'
}
