import type { ReactNode } from 'react'
import type { Plan, SignatureLine } from '../../../shared/model/types'

/** A Nơi nhận line as printed: `- Sở Nội vụ;` (its own `;` or `.` replaced). */
export function recipientLine(text: string): string {
  return `- ${text.trim().replace(/[;.,]+$/, '')};`
}

/** The archive line as printed: `- Lưu: VT, NV.` */
export function archiveLine(archive: string): string {
  const value = archive.trim().replace(/[;.,]+$/, '')
  return `- Lưu: ${value === '' ? 'VT' : value}.`
}

/** A signature caps line with its authority prefix: `KT. CHỦ TỊCH`. */
export function signatureLineText(line: SignatureLine): string {
  return line.prefix === undefined ? line.text : `${line.prefix}. ${line.text}`
}

/** The Nơi nhận cell: bold italic label, then one 11 pt line per recipient and the archive line. */
export function RecipientsCell({ plan }: { plan: Plan }) {
  return (
    <div className="pg-recipients" data-block-id="recipients" data-testid="recipients">
      <div className="pg-recipients__label">Nơi nhận:</div>
      {plan.recipients.map(recipient => (
        <div key={recipient.id} className="pg-recipients__line" data-recipient-id={recipient.id}>
          {recipientLine(recipient.text)}
        </div>
      ))}
      <div className="pg-recipients__line pg-recipients__archive">{archiveLine(plan.archive)}</div>
    </div>
  )
}

/** The signature cell: caps bold authority lines, room to sign and seal, the signer in bold. */
export function SignatureCell({ plan }: { plan: Plan }) {
  const { lines, signer } = plan.signature
  return (
    <div className="pg-signature" data-block-id="signature" data-testid="signature">
      {lines.map((line, i) => (
        <div key={i} className="pg-signature__line">
          {signatureLineText(line)}
        </div>
      ))}
      <div className="pg-signature__space" />
      <div className="pg-signature__signer" data-testid="signer">
        {signer.trim() === '' ? '\u00a0' : signer}
      </div>
    </div>
  )
}

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

/** The printed sign-off of a plan. */
export function SignatureTable({ plan }: { plan: Plan }) {
  return (
    <SignoffLayout left={<RecipientsCell plan={plan} />} right={<SignatureCell plan={plan} />} />
  )
}
