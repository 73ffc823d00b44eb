import { useEffect, useState } from 'react'
import type { FileKind } from '../../shared/ipc/contract'
import { Modal } from './dialog/Modal'

/** A pending request for the in-page file dialog (browser harness only). */
export type FileRequest = {
  readonly mode: 'open' | 'save'
  readonly kind: FileKind
  readonly defaultName: string
  readonly resolve: (path: string | undefined) => void
}

const EXT: Readonly<Record<FileKind, string>> = {
  plan: '.kehoach',
  docx: '.docx',
  library: '.thuvien',
  folder: '/',
}

/**
 * What "Mở từ Word…" lists: Word files old and new and the PDF copies of signed plans; "Mở…" lists
 * them too (it offers to import one).
 */
const OPEN_EXTS: Partial<Record<FileKind, readonly string[]>> = {
  docx: ['.docx', '.doc', '.pdf'],
  plan: ['.kehoach', '.docx', '.doc', '.pdf'],
}

/**
 * The browser harness's stand-in for the native open/save dialogs: lists the harness documents
 * folder and lets the clerk pick or type a file name.
 */
export function FileDialog({ request, onDone }: { request: FileRequest; onDone: () => void }) {
  const [dir, setDir] = useState('')
  const [files, setFiles] = useState<readonly string[]>([])
  const [name, setName] = useState(request.defaultName)
  const ext = EXT[request.kind]

  useEffect(() => {
    void fetch('/harness/files')
      .then(r => r.json() as Promise<{ dir: string; files: string[] }>)
      .then(body => {
        setDir(body.dir)
        const exts = (request.mode === 'open' && OPEN_EXTS[request.kind]) || [ext]
        setFiles(body.files.filter(f => exts.some(e => f.toLowerCase().endsWith(e))))
      })
  }, [ext, request.mode, request.kind])

  const finish = (chosen: string | undefined) => {
    request.resolve(
      chosen === undefined || chosen.trim() === '' ? undefined : joinPath(dir, chosen.trim())
    )
    onDone()
  }

  return (
    <Modal
      headingId="file-dialog-title"
      label={request.mode === 'open' ? 'Mở tệp' : 'Lưu thành'}
      onCancel={() => finish(undefined)}
    >
      <form
        className="modal"
        onSubmit={event => {
          event.preventDefault()
          finish(name)
        }}
      >
        <h2 id="file-dialog-title">{request.mode === 'open' ? 'Mở tệp' : 'Lưu thành'}</h2>
        <p className="muted">Thư mục: {dir}</p>
        <ul className="file-list" data-testid="file-list">
          {files.length === 0 && <li className="muted">Chưa có tệp nào.</li>}
          {files.map(file => (
            <li key={file}>
              <button
                type="button"
                className="link"
                onClick={() => (request.mode === 'open' ? finish(file) : setName(file))}
              >
                {file}
              </button>
            </li>
          ))}
        </ul>
        <label>
          {request.kind === 'folder' ? 'Đường dẫn thư mục' : 'Tên tệp'}
          <input
            data-testid="file-name"
            value={name}
            onChange={e => setName(e.target.value)}
            autoFocus
          />
        </label>
        <div className="modal-actions">
          <button type="submit" data-testid="file-ok">
            {request.mode === 'open' ? 'Mở' : 'Lưu'}
          </button>
          <button type="button" onClick={() => finish(undefined)}>
            Hủy
          </button>
        </div>
      </form>
    </Modal>
  )
}

function joinPath(dir: string, name: string): string {
  if (/^([a-zA-Z]:[\\/]|\/)/.test(name)) {
    return name
  }
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/'
  return `${dir.replace(/[\\/]+$/, '')}${sep}${name}`
}
