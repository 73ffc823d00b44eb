import type { ReactNode } from 'react'

/** Nơi nhận beside the signature block: a borderless 2-column table that must not split. */
export function SignoffLayout(props: { left: ReactNode; right: ReactNode }) {
  return (
    <table className="pg-signoff" data-testid="signoff">
      <colgroup>
        <col className="pg-signoff__left" />
        <col className="pg-signoff__right" />
      </colgroup>
      <tbody>
        <tr>
          <td>{props.left}</td>
          <td>{props.right}</td>
        </tr>
      </tbody>
    </table>
  )
}
