import { memo, useState } from 'react'
import { newId } from '../../../shared/model/ids'
import type { BasisLine, Plan, Run } from '../../../shared/model/types'
import { runsText } from '../../../shared/text/runs'
import { AreaField } from './Field'

/** `KẾ HOẠCH`, the trích yếu and the căn cứ lines, edited in place. */
export const TitleFields = memo(function TitleFields({
  subject,
  bases,
  onChange,
}: {
  subject: string
  bases: readonly BasisLine[]
  onChange: (key: string, patch: Partial<Plan>) => void
}) {
  const setBases = (key: string, bases: BasisLine[]) => onChange(key, { bases })
  /** The căn cứ just added: it takes the caret (once: forgotten when the caret leaves it). */
  const [fresh, setFresh] = useState<string | undefined>(undefined)
  const addBasis = (after: number) => {
    const added: BasisLine = { id: newId(), content: [] }
    const list = [...bases]
    list.splice(after + 1, 0, added)
    setBases('basis.add', list)
    setFresh(added.id)
  }
  return (
    <>
      <div className="pg-title" data-block-id="subject" data-testid="title">
        <div className="pg-title__kind">KẾ HOẠCH</div>
        <AreaField
          className="pg-title__subject ed-center"
          label="Trích yếu"
          placeholder="Trích yếu nội dung kế hoạch"
          testId="field-subject"
          value={subject}
          onChange={v => onChange('subject', { subject: v.replace(/\n/g, ' ') })}
        />
        <div className="pg-rule pg-rule--title" />
      </div>
      <div className="pg-bases" data-testid="bases" onBlur={() => setFresh(undefined)}>
        {bases.map((basis, i) => (
          <div key={basis.id} className="pg-basis ed-row">
            <AreaField
              className="ed-grow ed-italic"
              label={`Căn cứ ${i + 1}`}
              value={runsText(basis.content)}
              autoFocus={fresh === basis.id}
              onEnter={() => addBasis(i)}
              onChange={v =>
                setBases(
                  `basis.${basis.id}`,
                  bases.map(b =>
                    b.id === basis.id ? { ...b, content: withText(b.content, v) } : b
                  )
                )
              }
            />
            <span className="ed-tools">
              <button
                type="button"
                title="Xóa căn cứ"
                onClick={() =>
                  setBases(
                    'basis.remove',
                    bases.filter(b => b.id !== basis.id)
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
          className="ed-chip ed-noprint"
          onClick={() => addBasis(bases.length - 1)}
        >
          + thêm căn cứ
        </button>
      </div>
    </>
  )
})

/** The line's text replaced by `text`; its footnotes are kept (at the end of the line). */
function withText(content: readonly Run[], text: string): Run[] {
  const footnotes = content.filter(run => 'type' in run)
  return [...(text === '' ? [] : [{ text }]), ...footnotes]
}
