import { memo } from 'react'
import type { Header, PlanDate } from '../../../shared/model/types'
import { formatDay, formatMonth } from '../../../shared/model/format-header'
import { HeaderLayout } from '../page/HeaderLayout'
import { AreaField, Field } from './Field'

/** Edits a header in place; `onChange` receives the field's key (for undo grouping) and the new header. */
export const HeaderFields = memo(function HeaderFields({
  header,
  onChange,
}: {
  header: Header
  onChange: (key: string, header: Header) => void
}) {
  const set = (key: string, patch: Partial<Header>) => onChange(key, { ...header, ...patch })
  const setDate = (part: keyof PlanDate, raw: string) => {
    const n = Number(raw.trim())
    const { [part]: _drop, ...rest } = header.date
    set(`date.${part}`, {
      // 0 is a cleared field (Backspace on "05" leaves "0"), not a day or month.
      date: raw.trim() === '' || !Number.isInteger(n) || n === 0 ? rest : { ...rest, [part]: n },
    })
  }
  const today = () => {
    const now = new Date()
    set('date', {
      date: { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() },
    })
  }
  return (
    <HeaderLayout
      agency={
        <div className="pg-agency" data-testid="header-agency">
          <AreaField
            className="pg-agency__name ed-center ed-caps"
            label="Tên cơ quan ban hành"
            placeholder="TÊN CƠ QUAN BAN HÀNH"
            testId="field-agency"
            value={header.agency.join('\n')}
            onChange={v => set('agency', { agency: v.split('\n') })}
          />
          <div className="pg-rule pg-rule--agency" />
        </div>
      }
      number={
        <>
          Số:{' '}
          <Field
            label="Số văn bản"
            placeholder="     "
            testId="field-number"
            size={5}
            value={header.number ?? ''}
            onChange={v =>
              onChange(
                'number',
                v.trim() === '' ? withoutNumber(header) : { ...header, number: v.trim() }
              )
            }
          />
          /KH-
          <Field
            label="Chữ viết tắt tên cơ quan"
            testId="field-abbr"
            size={6}
            value={header.agencyAbbr}
            onChange={v => set('agencyAbbr', { agencyAbbr: v.toUpperCase() })}
          />
        </>
      }
      date={
        <>
          <Field
            label="Địa danh"
            placeholder="Địa danh"
            testId="field-place"
            value={header.place}
            onChange={v => set('place', { place: v })}
          />
          , ngày{' '}
          <Field
            label="Ngày"
            placeholder="   "
            testId="field-day"
            size={2}
            value={header.date.day === undefined ? '' : formatDay(header.date.day)}
            onChange={v => setDate('day', v)}
          />{' '}
          tháng{' '}
          <Field
            label="Tháng"
            placeholder="   "
            testId="field-month"
            size={2}
            value={header.date.month === undefined ? '' : formatMonth(header.date.month)}
            onChange={v => setDate('month', v)}
          />{' '}
          năm{' '}
          <Field
            label="Năm"
            testId="field-year"
            size={4}
            value={String(header.date.year ?? '')}
            onChange={v => setDate('year', v)}
          />
          <button type="button" className="ed-chip" onClick={today} title="Điền ngày hôm nay">
            hôm nay
          </button>
        </>
      }
    />
  )
})

function withoutNumber(header: Header): Header {
  const { number: _drop, ...rest } = header
  return rest
}
