import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react'
import type { LibraryStatus } from '../../../shared/ipc/contract'
import { clauseDraft } from '../../../shared/library/clause-draft'
import { planSource } from '../../../shared/library/harvest-plan'
import type { Clause, ClauseKind, SearchFilters, SearchHit } from '../../../shared/library/types'
import type { Taxonomy } from '../../../shared/model/taxonomy'
import { flattenTaxonomy } from '../../../shared/model/taxonomy'
import type { Dialogs } from '../../services/dialogs'
import { endClauseDrag, startClauseDrag } from '../../workspace/clause-drag'
import { useWorkspace, type LibraryService } from '../../workspace/workspace'
import { SyncIndicator } from '../sync/SyncIndicator'
import { isSharedHit, useSharedSearch, withSharedHits } from '../sync/use-shared-search'
import { editedFragment } from './edit-clause'
import { insertClause } from './insert-clause'
import { Highlighted } from './Highlighted'
import { LibraryFilters } from './LibraryFilters'

const KIND_LABEL: Readonly<Record<ClauseKind, string>> = {
  paragraph: 'Đoạn văn',
  item: 'Mục',
  'task-row': 'Dòng nhiệm vụ',
  recipient: 'Nơi nhận',
  basis: 'Căn cứ',
  'section-heading': 'Tên mục',
}
const SEARCH_DELAY_MS = 120
const LIMIT = 30

/**
 * The clause library beside the page: search as you type (no diacritics needed), filters,
 * highlighted results with source and year, a preview, and one-action insertion (Enter, button or
 * drag onto the page). Also saves the caret's block to the library, and shares the library by file.
 */
export function LibraryPane() {
  const workspace = useWorkspace()
  const { library: api, shared, document: store, commands, confirm, dialogs } = workspace
  const [status, setStatus] = useState<LibraryStatus | undefined>(undefined)
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<SearchFilters>({})
  const [localHits, setHits] = useState<readonly SearchHit[]>([])
  const [selected, setSelected] = useState(0)
  const [message, setMessage] = useState<string | undefined>(undefined)
  const [taxonomies, setTaxonomies] = useState<readonly Taxonomy[]>([])
  const [version, setVersion] = useState(0)
  const [editing, setEditing] = useState<string | undefined>(undefined)
  const [connected, setConnected] = useState(false)
  const [withShared, setWithShared] = useState(false)
  const fromServer = useSharedSearch(shared, query, filters, connected && withShared, version)
  const hits = useMemo(
    () => withSharedHits(localHits, fromServer.hits),
    [localHits, fromServer.hits]
  )
  const refreshAfterSync = useCallback(() => setVersion(v => v + 1), [])

  useEffect(() => {
    void api['library:status']().then(setStatus)
    void api['taxonomy:list']().then(setTaxonomies)
  }, [api])

  useEffect(() => {
    if (status?.state !== 'ready') {
      return undefined
    }
    let live = true
    const timer = window.setTimeout(() => {
      void api['library:search'](query, { limit: LIMIT, filters }).then(result => {
        if (live) {
          setHits(result.ok ? result.value : [])
          setMessage(result.ok ? undefined : result.error.message)
          setSelected(0)
        }
      })
    }, SEARCH_DELAY_MS)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [api, query, filters, status, version])

  /** Inserts a clause (from the list, or dropped on the page) and counts its use. */
  const insertFromLibrary = useCallback(
    (clause: Clause, local = true) => {
      insertClause(clause, workspace)
      // A clause found on the server has no local id (yet) to count its use on.
      if (local) {
        void api['library:use'](clause.id)
      }
      setMessage(
        `Đã chèn: ${KIND_LABEL[clause.kind].toLowerCase()} từ ${clause.source.title ?? 'thư viện'}.`
      )
    },
    [api, workspace]
  )
  const insert = (hit: SearchHit | undefined) => {
    if (hit) {
      insertFromLibrary(hit.clause, !isSharedHit(hit))
    }
  }
  useEffect(
    () => commands.register({ 'library.insertClause': insertFromLibrary }),
    [commands, insertFromLibrary]
  )

  const saveCaretBlock = () => {
    const block = commands.run('editor.capture')
    const plan = store.current()
    if (!block || !plan) {
      setMessage(
        'Hãy đặt con trỏ vào một đoạn hoặc mục trong nội dung kế hoạch để lưu vào thư viện.'
      )
      return
    }
    void api['library:add'](clauseDraft({ kind: block.type, block }, planSource(plan))).then(
      result => {
        setMessage(result.ok ? 'Đã lưu vào thư viện.' : result.error.message)
        setVersion(v => v + 1)
      }
    )
  }

  const current = hits[selected]
  const papiCodes = useMemo(
    () => taxonomies.flatMap(t => (t.id === 'papi' ? flattenTaxonomy(t) : [])),
    [taxonomies]
  )

  // ↑/↓ choose a result and Enter inserts it, from the search box or the focused list.
  const onResultKeys = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      setSelected(s => Math.max(0, Math.min(hits.length - 1, s + (e.key === 'ArrowDown' ? 1 : -1))))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      insert(current)
    }
  }

  if (status?.state === 'broken') {
    return <BrokenLibrary status={status} onRestored={setStatus} />
  }
  const local = current !== undefined && !isSharedHit(current)
  return (
    <section className="library" aria-label="Thư viện điều khoản" data-testid="library">
      <SyncIndicator onSynced={refreshAfterSync} onConnected={setConnected} />
      <div className="library-head">
        <input
          type="search"
          placeholder="Tìm trong thư viện (gõ không dấu cũng được)…"
          aria-label="Tìm trong thư viện"
          data-testid="library-query"
          value={query}
          onChange={e => setQuery(e.target.value)}
          aria-controls="library-results"
          onKeyDown={onResultKeys}
        />
        <LibraryFilters filters={filters} onChange={setFilters} taxonomies={taxonomies} />
        {connected && (
          <label className="library-shared-toggle">
            <input
              type="checkbox"
              data-testid="library-with-shared"
              checked={withShared}
              onChange={e => setWithShared(e.target.checked)}
            />
            Tìm cả thư viện dùng chung
          </label>
        )}
      </div>
      {withShared && fromServer.error && (
        <p className="library-message error" role="alert">
          {fromServer.error}
        </p>
      )}
      {message && (
        <p className="library-message" role="status" data-testid="library-message">
          {message}
        </p>
      )}
      <ol
        className="library-results"
        id="library-results"
        data-testid="library-results"
        role="listbox"
        aria-label="Kết quả tìm trong thư viện"
        tabIndex={0}
        onKeyDown={onResultKeys}
      >
        {hits.map((hit, i) => (
          <li
            key={`${isSharedHit(hit) ? 'server' : 'local'}:${hit.clause.id}`}
            data-origin={isSharedHit(hit) ? 'server' : 'local'}
            role="option"
            aria-selected={i === selected}
            className={i === selected ? 'selected' : undefined}
            draggable
            onDragStart={e => startClauseDrag(e.dataTransfer, hit.clause)}
            onDragEnd={endClauseDrag}
            onClick={() => setSelected(i)}
            onDoubleClick={() => insert(hit)}
          >
            <div className="library-meta">
              <span className="badge">{KIND_LABEL[hit.clause.kind]}</span>
              {isSharedHit(hit) && (
                <span className="badge server" title={`Trên máy chủ, của ${hit.author}`}>
                  Máy chủ
                </span>
              )}
              {hit.clause.status === 'approved' && <span className="badge approved">Đã duyệt</span>}
              {hit.count > 1 && (
                <span className="badge" title="Số đoạn gần giống nhau">
                  ×{hit.count}
                </span>
              )}
              <span className="muted">
                {hit.clause.source.issuer ?? hit.clause.source.file ?? ''}
                {hit.years.length > 0 ? ` · ${hit.years.join(', ')}` : ''}
              </span>
            </div>
            <Highlighted text={hit.snippet.text} ranges={hit.snippet.ranges} />
          </li>
        ))}
      </ol>
      {current && (
        <div className="library-preview" data-testid="library-preview">
          {editing === undefined ? (
            <div className="library-preview-text">
              <Highlighted text={current.clause.text} ranges={current.ranges} />
            </div>
          ) : (
            <textarea
              className="library-edit"
              aria-label="Sửa điều khoản"
              data-testid="library-edit"
              value={editing}
              onChange={e => setEditing(e.target.value)}
              rows={5}
            />
          )}
          <div className="muted">
            {current.clause.source.title ?? ''}{' '}
            {papiCodes.find(c => c.code === current.clause.tags.papi)?.name
              ? `· ${papiCodes.find(c => c.code === current.clause.tags.papi)?.name}`
              : ''}{' '}
            {isSharedHit(current)
              ? `· trong thư viện dùng chung, của ${current.author}`
              : `· đã dùng ${current.clause.useCount} lần`}
          </div>
          <div className="modal-actions">
            <button
              type="button"
              data-testid="library-insert"
              onClick={() => insert(current)}
              title="Chèn (Enter)"
            >
              Chèn
            </button>
            {local &&
              editing === undefined &&
              editedFragment(current.clause, current.clause.text) && (
                <button
                  type="button"
                  data-testid="library-edit-start"
                  onClick={() => setEditing(current.clause.text)}
                >
                  Sửa
                </button>
              )}
            {editing !== undefined && (
              <>
                <button
                  type="button"
                  data-testid="library-edit-save"
                  onClick={() => {
                    const fragment = editedFragment(current.clause, editing)
                    void api['library:update'](current.clause.id, { fragment }).then(result => {
                      setMessage(result.ok ? 'Đã lưu thay đổi.' : result.error.message)
                      setEditing(undefined)
                      setVersion(v => v + 1)
                    })
                  }}
                >
                  Lưu
                </button>
                <button type="button" onClick={() => setEditing(undefined)}>
                  Hủy
                </button>
              </>
            )}
            {local && current.clause.status !== 'approved' && (
              <button
                type="button"
                onClick={() =>
                  void api['library:approve'](current.clause.id).then(() => setVersion(v => v + 1))
                }
              >
                Duyệt
              </button>
            )}
            <button
              type="button"
              hidden={!local}
              onClick={() => {
                void confirm('Xóa điều khoản này khỏi thư viện?').then(yes =>
                  yes
                    ? api['library:remove'](current.clause.id).then(() => setVersion(v => v + 1))
                    : undefined
                )
              }}
            >
              Xóa
            </button>
          </div>
        </div>
      )}
      <div className="library-foot">
        <button
          type="button"
          data-testid="library-save-block"
          onClick={saveCaretBlock}
          title="Lưu đoạn hoặc mục đang có con trỏ (kèm các mục con) vào thư viện"
        >
          Lưu vào thư viện
        </button>
        <button type="button" onClick={() => void shareOut(api, dialogs, setMessage)}>
          Xuất thư viện…
        </button>
        <button
          type="button"
          onClick={() => void shareIn(api, dialogs, setMessage).then(() => setVersion(v => v + 1))}
        >
          Nhập thư viện…
        </button>
      </div>
    </section>
  )
}

function BrokenLibrary({
  status,
  onRestored,
}: {
  status: Extract<LibraryStatus, { state: 'broken' }>
  onRestored: (s: LibraryStatus) => void
}) {
  const { library: api, confirm } = useWorkspace()
  return (
    <section className="library" aria-label="Thư viện điều khoản" data-testid="library">
      <p className="notice error" role="alert" data-testid="library-broken">
        {status.message}
        {status.movedTo ? ` Tệp hỏng đã được chuyển sang ${status.movedTo}.` : ''}
      </p>
      {status.canRestore && (
        <button
          type="button"
          data-testid="library-restore"
          onClick={() => void api['library:restoreBackup']().then(r => r.ok && onRestored(r.value))}
        >
          {status.backupExists ? 'Khôi phục từ bản sao lưu' : 'Tạo thư viện mới'}
        </button>
      )}
      {status.canStartEmpty && (
        <button
          type="button"
          data-testid="library-start-empty"
          onClick={() =>
            void confirm(
              'Bắt đầu một thư viện trống? Thư viện hỏng và các bản sao lưu vẫn được giữ lại trong thư mục dữ liệu.'
            ).then(
              yes => yes && void api['library:startEmpty']().then(r => r.ok && onRestored(r.value))
            )
          }
        >
          Bắt đầu thư viện trống
        </button>
      )}
    </section>
  )
}

async function shareOut(
  api: LibraryService,
  dialogs: Dialogs,
  say: (m: string) => void
): Promise<void> {
  const path = await dialogs.pickSave('library', 'Thư viện điều khoản.thuvien')
  if (path) {
    const result = await api['library:export'](path)
    say(result.ok ? `Đã xuất ${result.value.count} điều khoản.` : result.error.message)
  }
}

async function shareIn(
  api: LibraryService,
  dialogs: Dialogs,
  say: (m: string) => void
): Promise<void> {
  const path = await dialogs.pickOpen('library')
  if (path) {
    const result = await api['library:import'](path)
    say(
      result.ok
        ? `Đã nhập ${result.value.added} điều khoản; bỏ qua ${result.value.skipped} điều khoản trùng.`
        : result.error.message
    )
  }
}
