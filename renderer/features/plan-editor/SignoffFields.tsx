import { memo, useState } from 'react'
import { newId } from '../../../shared/model/ids'
import type {
  AuthorityPrefix,
  Plan,
  Recipient,
  Signature,
  SignatureLine,
} from '../../../shared/model/types'
import { SignoffLayout } from '../page/SignoffLayout'
import { AreaField, Field } from './Field'

const PREFIXES: readonly (AuthorityPrefix | '')[] = ['', 'TM', 'KT', 'Q', 'TL', 'TUQ']

/** Edits Nơi nhận (beside) and the signature block in place. */
export const SignoffFields = memo(function SignoffFields(props: {
  recipients: readonly Recipient[]
  archive: string
  signature: Signature
  onChange: (key: string, patch: Partial<Plan>) => void
}) {
  const { onChange } = props
  /** The line just added: it takes the caret (once: forgotten when the caret leaves it). */
  const [fresh, setFresh] = useState<string | number | undefined>(undefined)
  const setRecipients = (key: string, recipients: Recipient[]) => onChange(key, { recipients })
  const setSignature = (key: string, signature: Signature) => onChange(key, { signature })
  const lines = props.signature.lines
  const addRecipient = (after: number) => {
    const added = { id: newId(), text: '' }
    const list = [...props.recipients]
    list.splice(after + 1, 0, added)
    setRecipients('rec.add', list)
    setFresh(added.id)
  }
  const addLine = (after: number) => {
    const list = [...lines]
    list.splice(after + 1, 0, { text: '' })
    setSignature('sig.add', { ...props.signature, lines: list })
    setFresh(after + 1)
  }
  const setLine = (i: number, line: SignatureLine) =>
    setSignature(`sig.${i}`, {
      ...props.signature,
      lines: lines.map((l, j) => (j === i ? line : l)),
    })
  return (
    <SignoffLayout
      left={
        <div
          className="pg-recipients"
          data-block-id="recipients"
          data-testid="recipients"
          onBlur={() => setFresh(undefined)}
        >
          <div className="pg-recipients__label">Nơi nhận:</div>
          {props.recipients.map((r, i) => (
            <div key={r.id} className="pg-recipients__line ed-row">
              -{' '}
              <AreaField
                label={`Nơi nhận ${i + 1}`}
                testId={`recipient-${i}`}
                value={r.text}
                autoFocus={fresh === r.id}
                onEnter={() => addRecipient(i)}
                onChange={v =>
                  setRecipients(
                    `rec.${r.id}`,
                    props.recipients.map(x =>
                      // One line per recipient: a pasted or Shift+Enter line break becomes a space.
                      x.id === r.id ? { ...x, text: v.replace(/\s*\n\s*/g, ' ') } : x
                    )
                  )
                }
              />
              {/* The ; is added here (and in print); one the clerk typed is not doubled. */}
              {/;\s*$/u.test(r.text) ? '' : ';'}
              <span className="ed-tools">
                <button
                  type="button"
                  title="Lên"
                  disabled={i === 0}
                  onClick={() => setRecipients('rec.move', swap(props.recipients, i, i - 1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  title="Xuống"
                  disabled={i === props.recipients.length - 1}
                  onClick={() => setRecipients('rec.move', swap(props.recipients, i, i + 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  title="Xóa dòng"
                  onClick={() =>
                    setRecipients(
                      'rec.remove',
                      props.recipients.filter(x => x.id !== r.id)
                    )
                  }
                >
                  ✕
                </button>
              </span>
            </div>
          ))}
          <button
            type="button"
            className="ed-chip"
            data-testid="add-recipient"
            onClick={() => addRecipient(props.recipients.length - 1)}
          >
            + thêm nơi nhận
          </button>
          <div className="pg-recipients__line pg-recipients__archive">
            - Lưu:{' '}
            <Field
              label="Lưu"
              testId="field-archive"
              value={props.archive}
              onChange={v => onChange('archive', { archive: v })}
            />
            .
          </div>
        </div>
      }
      right={
        <div
          className="pg-signature"
          data-block-id="signature"
          data-testid="signature"
          onBlur={() => setFresh(undefined)}
        >
          {lines.map((line, i) => (
            <div key={i} className="pg-signature__line ed-row ed-center">
              <select
                aria-label="Thẩm quyền ký"
                className="ed-prefix"
                value={line.prefix ?? ''}
                onChange={e => setLine(i, withPrefix(line, e.target.value as AuthorityPrefix | ''))}
              >
                {PREFIXES.map(p => (
                  <option key={p} value={p}>
                    {p === '' ? '' : `${p}.`}
                  </option>
                ))}
              </select>
              <Field
                label={`Chức vụ dòng ${i + 1}`}
                className="ed-caps"
                autoFocus={fresh === i}
                onEnter={() => addLine(i)}
                value={line.text}
                onChange={v => setLine(i, { ...line, text: v.toUpperCase() })}
              />
              <span className="ed-tools">
                <button
                  type="button"
                  title="Xóa dòng"
                  onClick={() =>
                    setSignature('sig.remove', {
                      ...props.signature,
                      lines: lines.filter((_, j) => j !== i),
                    })
                  }
                >
                  ✕
                </button>
              </span>
            </div>
          ))}
          <button type="button" className="ed-chip" onClick={() => addLine(lines.length - 1)}>
            + thêm dòng chức vụ
          </button>
          <div className="pg-signature__space" />
          <div className="pg-signature__signer">
            <Field
              label="Họ tên người ký"
              placeholder="Họ và tên người ký"
              testId="field-signer"
              className="ed-center"
              value={props.signature.signer}
              onChange={v => setSignature('signer', { ...props.signature, signer: v })}
            />
          </div>
        </div>
      }
    />
  )
})

function withPrefix(line: SignatureLine, prefix: AuthorityPrefix | ''): SignatureLine {
  return prefix === '' ? { text: line.text } : { prefix, text: line.text }
}

function swap<T>(list: readonly T[], i: number, j: number): T[] {
  const out = [...list]
  const a = out[i]
  const b = out[j]
  if (a === undefined || b === undefined) {
    return out
  }
  out[i] = b
  out[j] = a
  return out
}
