import {
  formatDate,
  formatNumberLine,
  MOTTO,
  NATIONAL_NAME,
} from '../../../shared/model/format-header'
import type { ReactNode } from 'react'
import type { Header } from '../../../shared/model/types'

/** Agency block: optional parent agency (caps), issuing agency (caps bold) and a short rule. */
export function AgencyBlock({ header }: { header: Header }) {
  const agency = header.agency.filter(line => line.trim() !== '')
  return (
    <div className="pg-agency" data-testid="header-agency">
      {(header.parentAgency ?? []).map((line, i) => (
        <div key={`p${i}`} className="pg-agency__parent">
          {line}
        </div>
      ))}
      {agency.map((line, i) => (
        <div key={`a${i}`} className="pg-agency__name">
          {line}
        </div>
      ))}
      <div className="pg-rule pg-rule--agency" />
    </div>
  )
}

/** Quốc hiệu and Tiêu ngữ, the tiêu ngữ underlined by a rule exactly its width. */
export function NationalMotto() {
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

/** The page-1 header: agency | Quốc hiệu, số | place and date. */
export function HeaderTable({ header }: { header: Header }) {
  return (
    <HeaderLayout
      agency={<AgencyBlock header={header} />}
      number={formatNumberLine(header)}
      date={formatDate(header.place, header.date)}
    />
  )
}
