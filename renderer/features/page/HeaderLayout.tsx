import type { ReactNode } from 'react'
import { MOTTO, NATIONAL_NAME } from '../../../shared/model/format-header'

/** Quốc hiệu and Tiêu ngữ (printed, not editable), the tiêu ngữ underlined by a rule exactly its width. */
function NationalMotto() {
  return (
    <div className="pg-motto" data-testid="header-motto">
      <div className="pg-motto__name">{NATIONAL_NAME}</div>
      <div className="pg-motto__slogan">
        <span className="pg-motto__slogan-text">{MOTTO}</span>
      </div>
    </div>
  )
}

/** The page-1 header's borderless 2 × 2 table, with the agency, number and date cells filled in. */
export function HeaderLayout(props: { agency: ReactNode; number: ReactNode; date: ReactNode }) {
  return (
    <table className="pg-header" data-block-id="header" data-testid="header">
      <colgroup>
        <col className="pg-header__left" />
        <col className="pg-header__right" />
      </colgroup>
      <tbody>
        <tr>
          <td>{props.agency}</td>
          <td>
            <NationalMotto />
          </td>
        </tr>
        <tr>
          <td className="pg-header__number" data-testid="header-number">
            {props.number}
          </td>
          <td className="pg-header__date" data-testid="header-date">
            {props.date}
          </td>
        </tr>
      </tbody>
    </table>
  )
}
