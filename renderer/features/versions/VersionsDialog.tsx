import { useCallback, useEffect, useState } from 'react'
import type { VersionInfo, VersionList, VersionPlan } from '../../../shared/versions/types'
import { useWorkspace } from '../../workspace/workspace'
import { formatSavedAt, formatSize, savedAtTitle } from './format-saved-at'
import './versions.css'
import { Modal } from '../../app/dialog/Modal'

type Listing =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly list: VersionList }

/**
 * "Phiên bản": the versions each save of the open plan kept, newest first, with when and what
 * changed. Mở opens one as a new unsaved plan, Khôi phục puts its content in place of the current
 * one as one edit (Ctrl+Z undoes it) after a confirmation here, So sánh hands it to the compare view.
 */
export function VersionsDialog({ onClose }: { readonly onClose: () => void }) {
  const { versions, document: store, commands, announce } = useWorkspace()
  const file = store.path()
  const [listing, setListing] = useState<Listing>({ state: 'loading' })
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const [confirming, setConfirming] = useState<VersionInfo | undefined>(undefined)
  const canCompare = commands.has('compare.open')

  useEffect(() => {
    if (!file) {
      return
    }
    let live = true
    void versions['versions:list'](file).then(result => {
      if (live) {
        setListing(
          result.ok
            ? { state: 'ready', list: result.value }
            : { state: 'error', message: result.error.message }
        )
      }
    })
    return () => {
      live = false
    }
  }, [file, versions])

  const read = useCallback(
    async (v: VersionInfo): Promise<VersionPlan | undefined> => {
      if (!file) {
        return undefined
      }
      const result = await versions['versions:read'](file, v.id)
      if (!result.ok) {
        setProblem(result.error.message)
        return undefined
      }
      return result.value
    },
    [file, versions]
  )

  const name = file?.split(/[\\/]/).pop() ?? ''
  const label = (v: VersionInfo) => `Phiên bản ${savedAtTitle(v.savedAt)} — ${name}`

  const open = async (v: VersionInfo) => {
    const version = await read(v)
    if (version) {
      onClose()
      await store.openCopy(version.plan, label(v))
    }
  }
  const restore = async (v: VersionInfo) => {
    const version = await read(v)
    if (version) {
      // Its own undo step: a unique key never merges with the clerk's typing.
      store.edit(() => version.plan, `versions.restore:${v.id}:${Date.now()}`)
      onClose()
      announce(
        'info',
        `Đã khôi phục phiên bản lúc ${savedAtTitle(v.savedAt)}. Bấm Ctrl+Z để hoàn tác; bấm Lưu để giữ.`
      )
    }
  }
  const compare = async (v: VersionInfo) => {
    const version = await read(v)
    if (version) {
      onClose()
      commands.run('compare.open', { plan: version.plan, label: label(v) })
    }
  }

  return (
    <Modal label="Phiên bản" onCancel={onClose}>
      <div className="modal wide versions" data-testid="versions-dialog">
        <h2>Phiên bản của {name || 'kế hoạch'}</h2>
        {!file ? (
          <p>Kế hoạch chưa được lưu lần nào. Mỗi lần lưu sẽ giữ lại một phiên bản ở đây.</p>
        ) : listing.state === 'loading' ? (
          <p className="muted">Đang đọc danh sách phiên bản…</p>
        ) : listing.state === 'error' ? (
          <p role="alert">{listing.message}</p>
        ) : (
          <VersionRows
            list={listing.list}
            confirming={confirming}
            canCompare={canCompare}
            onOpen={v => void open(v)}
            onRestore={setConfirming}
            onConfirm={v => void restore(v)}
            onCancel={() => setConfirming(undefined)}
            onCompare={v => void compare(v)}
          />
        )}
        {problem && (
          <p role="alert" className="versions-problem" data-testid="versions-problem">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          <button onClick={onClose} data-testid="versions-close">
            Đóng
          </button>
        </div>
      </div>
    </Modal>
  )
}

/** The list itself, with each version's actions, or the confirmation of a restore in its row. */
function VersionRows(props: {
  readonly list: VersionList
  readonly confirming: VersionInfo | undefined
  readonly canCompare: boolean
  readonly onOpen: (v: VersionInfo) => void
  readonly onRestore: (v: VersionInfo) => void
  readonly onConfirm: (v: VersionInfo) => void
  readonly onCancel: () => void
  readonly onCompare: (v: VersionInfo) => void
}) {
  const { versions, damaged } = props.list
  return (
    <>
      {versions.length === 0 ? (
        <p>Chưa có phiên bản nào. Mỗi lần lưu kế hoạch sẽ giữ lại một phiên bản.</p>
      ) : (
        <ul className="version-list" data-testid="version-list">
          {versions.map(v => (
            <li key={v.id} data-testid="version-row">
              <div className="version-when">
                <strong>{formatSavedAt(v.savedAt)}</strong>
                <span className="muted"> · {formatSize(v.size)}</span>
              </div>
              <div className="version-summary" data-testid="version-summary">
                {v.summary}
              </div>
              {props.confirming?.id === v.id ? (
                <div className="version-confirm" role="alertdialog" aria-label="Khôi phục">
                  <span>
                    Thay nội dung đang soạn bằng phiên bản này? Có thể hoàn tác bằng Ctrl+Z.
                  </span>
                  <button onClick={() => props.onConfirm(v)} data-testid="version-confirm">
                    Khôi phục
                  </button>
                  <button onClick={props.onCancel}>Hủy</button>
                </div>
              ) : (
                <div className="version-actions">
                  <button onClick={() => props.onOpen(v)} title="Mở thành kế hoạch mới chưa lưu">
                    Mở
                  </button>
                  <button onClick={() => props.onRestore(v)} title="Thay nội dung đang soạn">
                    Khôi phục
                  </button>
                  {props.canCompare && (
                    <button onClick={() => props.onCompare(v)} title="So sánh với bản đang soạn">
                      So sánh
                    </button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {damaged > 0 && (
        <p role="alert" className="versions-problem">
          {damaged} phiên bản bị hỏng, không đọc được; các phiên bản khác và kế hoạch không bị ảnh
          hưởng.
        </p>
      )}
    </>
  )
}
