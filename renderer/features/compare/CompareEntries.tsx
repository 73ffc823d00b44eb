import type { CompareEntry, WordPart } from '../../../shared/lineage/compare'

/** An entry of the comparison with the id of its change (`d1`, …), none for an unchanged unit. */
export type NumberedEntry = { readonly entry: CompareEntry; readonly id?: string }

/** Areas drawn as small grey captions with their place name (header, Nơi nhận, rows, …). */
const CAPTIONED = new Set(['header', 'recipient', 'signature', 'row', 'appendix-title'])

function Parts({ parts }: { readonly parts: readonly WordPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.type === 'added' ? (
          <ins key={i} className="cmp-ins">
            {part.text}
          </ins>
        ) : part.type === 'removed' ? (
          <del key={i} className="cmp-del">
            {part.text}
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        )
      )}
    </>
  )
}

function EntryText({ entry }: { readonly entry: CompareEntry }) {
  switch (entry.type) {
    case 'same':
      return <span>{entry.newer.text}</span>
    case 'added':
      return <ins className="cmp-ins">{entry.newer.text}</ins>
    case 'removed':
      return <del className="cmp-del">{entry.older.text}</del>
    case 'changed':
    case 'moved':
      return <Parts parts={entry.parts} />
  }
}

const TYPE_NAMES = {
  added: 'Thêm',
  removed: 'Xóa',
  changed: 'Sửa',
  moved: 'Chuyển chỗ',
} as const

/** One unit of the comparison as a line of the page, its change marked. */
function EntryLine({ item, current }: { readonly item: NumberedEntry; readonly current: boolean }) {
  const { entry, id } = item
  const unit = entry.type === 'removed' ? entry.older : entry.newer
  const className = [
    'cmp-unit',
    `cmp-unit--${entry.type}`,
    `cmp-area--${unit.area}`,
    current ? 'cmp-unit--current' : '',
  ].join(' ')
  return (
    <div
      className={className}
      data-change-id={id}
      data-testid={id === undefined ? undefined : 'compare-change'}
      data-change-type={entry.type === 'same' ? undefined : entry.type}
      aria-current={current ? 'true' : undefined}
    >
      {entry.type !== 'same' && (
        <span className="cmp-badge">
          {TYPE_NAMES[entry.type]}
          {entry.type === 'moved' ? ` (từ ${entry.older.label})` : ''}
        </span>
      )}
      {CAPTIONED.has(unit.area) && <span className="cmp-caption">{unit.label}</span>}
      {unit.marker !== undefined && <span className="cmp-marker">{unit.marker} </span>}
      <EntryText entry={entry} />
    </div>
  )
}

/** The aligned units of two plans as one page, the newer plan's text with the changes marked. */
export function CompareEntries({
  items,
  current,
}: {
  readonly items: readonly NumberedEntry[]
  readonly current: string | undefined
}) {
  return (
    <section className="cmp-sheet" data-testid="compare-sheet">
      {items.map((item, i) => (
        <EntryLine key={i} item={item} current={item.id !== undefined && item.id === current} />
      ))}
    </section>
  )
}
