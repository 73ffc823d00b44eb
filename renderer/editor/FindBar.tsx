import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Editor, Transforms, type BaseRange, type NodeEntry } from 'slate'
import { ReactEditor, useSlate } from 'slate-react'
import { findMatches } from './find'

/** Decoration flags a leaf may carry while the find bar is open. */
export type FindDecoration = BaseRange & { readonly findMatch: true; readonly current: boolean }

/**
 * Find and replace in the body (Ctrl+F): case-insensitive, optionally ignoring diacritics so that
 * `tham nhung` finds “tham nhũng”. Matches are highlighted; Enter goes to the next one.
 */
export function FindBar(props: {
  onClose: () => void
  onDecorate: (decorate: ((entry: NodeEntry) => FindDecoration[]) | undefined) => void
}) {
  const editor = useSlate()
  const [query, setQuery] = useState('')
  const [replacement, setReplacement] = useState('')
  const [ignoreDiacritics, setIgnoreDiacritics] = useState(true)
  const [current, setCurrent] = useState(0)
  /** Whether the caret went to the current match: a new query only shows its first match. */
  const [landed, setLanded] = useState(false)
  const matches = useMemo(
    () => findMatches(editor.children, query, { ignoreDiacritics }),
    [editor.children, query, ignoreDiacritics]
  )
  const { onDecorate } = props

  useEffect(() => {
    const byLeaf = new Map<string, FindDecoration[]>()
    matches.forEach((range, i) => {
      const key = range.anchor.path.join('.')
      byLeaf.set(key, [
        ...(byLeaf.get(key) ?? []),
        { ...range, findMatch: true, current: i === current },
      ])
    })
    onDecorate(([, path]) => byLeaf.get(path.join('.')) ?? [])
    return () => onDecorate(undefined)
  }, [matches, current, onDecorate])

  // As in Word, a new query brings its first match into view; the caret stays in the find bar.
  const revealed = useRef('')
  useEffect(() => {
    const key = `${query}\u0000${String(ignoreDiacritics)}`
    if (revealed.current === key) {
      return
    }
    revealed.current = key
    const first = matches[0]
    if (first) {
      reveal(editor, first)
    }
  }, [editor, matches, query, ignoreDiacritics])

  const go = useCallback(
    (delta: number) => {
      if (matches.length === 0) {
        return
      }
      // The first Enter after a new query goes to the match shown, not past it.
      const step = landed ? delta : 0
      const next = (current + step + matches.length) % matches.length
      setCurrent(next)
      setLanded(true)
      const range = matches[next]!
      Transforms.select(editor, range)
      reveal(editor, range)
    },
    [current, editor, landed, matches]
  )

  const replaceOne = () => {
    const range = matches[current % Math.max(1, matches.length)]
    if (range) {
      Transforms.insertText(editor, replacement, { at: range })
    }
  }
  const replaceAll = () => {
    Editor.withoutNormalizing(editor, () => {
      for (const range of [...matches].reverse()) {
        Transforms.insertText(editor, replacement, { at: range })
      }
    })
  }

  return (
    <div
      className="find-bar"
      role="search"
      data-testid="find-bar"
      onKeyDown={e => {
        if (e.key === 'Escape') {
          e.preventDefault()
          props.onClose()
        }
      }}
    >
      <input
        autoFocus
        aria-label="Tìm"
        placeholder="Tìm…"
        data-testid="find-query"
        value={query}
        onChange={e => {
          setQuery(e.target.value)
          setCurrent(0)
          setLanded(false)
        }}
        onKeyDown={e => {
          if (e.key === 'Enter') {
            e.preventDefault()
            go(e.shiftKey ? -1 : 1)
          }
        }}
      />
      <span className="muted" data-testid="find-count">
        {query.trim() === ''
          ? ''
          : matches.length === 0
            ? 'Không tìm thấy'
            : `${Math.min(current + 1, matches.length)}/${matches.length}`}
      </span>
      <button type="button" onClick={() => go(-1)} title="Kết quả trước (Shift+Enter)">
        ↑
      </button>
      <button type="button" onClick={() => go(1)} title="Kết quả sau (Enter)">
        ↓
      </button>
      <label className="check">
        <input
          type="checkbox"
          checked={ignoreDiacritics}
          onChange={e => {
            setIgnoreDiacritics(e.target.checked)
            setCurrent(0)
            setLanded(false)
          }}
          data-testid="find-ignore-diacritics"
        />
        Bỏ qua dấu
      </label>
      <input
        aria-label="Thay bằng"
        placeholder="Thay bằng…"
        data-testid="find-replacement"
        value={replacement}
        onChange={e => setReplacement(e.target.value.normalize('NFC'))}
      />
      <button type="button" onClick={replaceOne} disabled={matches.length === 0}>
        Thay
      </button>
      <button
        type="button"
        onClick={replaceAll}
        disabled={matches.length === 0}
        data-testid="find-replace-all"
      >
        Thay tất cả
      </button>
      <button type="button" onClick={props.onClose} aria-label="Đóng tìm kiếm">
        ✕
      </button>
    </div>
  )
}

/** Scrolls the text of a match to the middle of the window. */
function reveal(editor: ReactEditor, range: BaseRange): void {
  ReactEditor.toDOMRange(editor, range).startContainer.parentElement?.scrollIntoView({
    block: 'center',
  })
}
