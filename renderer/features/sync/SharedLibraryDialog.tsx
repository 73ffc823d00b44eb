import { useEffect, useState } from 'react'
import type { ServerSettings, ServerTls } from '../../../shared/library/sync-types'
import { useWorkspace } from '../../workspace/workspace'
import './sync.css'
import { Modal } from '../../app/dialog/Modal'

type Form = {
  readonly host: string
  readonly port: string
  readonly database: string
  readonly user: string
  readonly tls: ServerTls
}

const EMPTY: Form = { host: '', port: '5432', database: 'skh', user: '', tls: 'prefer' }

const TLS_LABEL: readonly [ServerTls, string][] = [
  ['prefer', 'Mã hóa khi máy chủ hỗ trợ'],
  ['require', 'Bắt buộc mã hóa'],
  ['off', 'Không mã hóa'],
]

/** The form's settings, or the Vietnamese reason they are not complete. */
function settingsOf(form: Form): ServerSettings | string {
  const port = Number(form.port)
  if (form.host.trim() === '' || form.database.trim() === '' || form.user.trim() === '') {
    return 'Hãy nhập máy chủ, cơ sở dữ liệu và người dùng.'
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return 'Cổng phải là một số từ 1 đến 65535 (thường là 5432).'
  }
  return {
    host: form.host.trim(),
    port,
    database: form.database.trim(),
    user: form.user.trim(),
    tls: form.tls,
  }
}

type Outcome = { readonly ok: boolean; readonly text: string }

/**
 * "Thư viện dùng chung": where the office's shared library is (PostgreSQL on the agency
 * network), a connection test, and saving. The password goes to main, which keeps it encrypted;
 * it never comes back, the field only says that one is kept ("đã lưu").
 */
export function SharedLibraryDialog({ onClose }: { onClose: () => void }) {
  const { shared } = useWorkspace()
  const [form, setForm] = useState<Form | undefined>(undefined)
  const [password, setPassword] = useState('')
  const [hasPassword, setHasPassword] = useState(false)
  const [connected, setConnected] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void shared['sync:getSettings']().then(view => {
      setForm(view.settings ? { ...view.settings, port: String(view.settings.port) } : EMPTY)
      setHasPassword(view.hasPassword)
      setConnected(view.settings !== undefined)
    })
  }, [shared])
  if (!form) {
    return null
  }
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch })
  const typed = password === '' ? [] : ([password] as const)

  const run = async (action: (settings: ServerSettings) => Promise<Outcome>) => {
    const settings = settingsOf(form)
    if (typeof settings === 'string') {
      setOutcome({ ok: false, text: settings })
      return
    }
    setBusy(true)
    setOutcome(undefined)
    try {
      setOutcome(await action(settings))
    } finally {
      setBusy(false)
    }
  }
  const test = () =>
    run(async settings => {
      const result = await shared['sync:test'](settings, ...typed)
      return result.ok
        ? { ok: true, text: `Kết nối thành công. ${result.value}` }
        : { ok: false, text: result.error.message }
    })
  const save = () =>
    run(async settings => {
      const result = await shared['sync:setSettings'](settings, ...typed)
      if (!result.ok) {
        return { ok: false, text: result.error.message }
      }
      setPassword('')
      setHasPassword(result.value.hasPassword)
      setConnected(true)
      return { ok: true, text: 'Đã lưu. Thư viện sẽ được đồng bộ ngay và tự động sau đó.' }
    })
  const disconnect = async () => {
    const view = await shared['sync:disconnect']()
    setHasPassword(view.hasPassword)
    setConnected(false)
    setOutcome({ ok: true, text: 'Đã ngắt kết nối. Thư viện trên máy vẫn giữ nguyên.' })
  }

  return (
    <Modal label="Thư viện dùng chung" onCancel={onClose}>
      <form
        className="modal shared-library"
        data-testid="shared-library-dialog"
        onSubmit={event => {
          event.preventDefault()
          void save()
        }}
      >
        <h2>Thư viện dùng chung</h2>
        <p className="muted">
          Thư viện điều khoản chung của cơ quan, đặt trên máy chủ PostgreSQL trong mạng nội bộ. Thư
          viện trên máy vẫn dùng được khi mất mạng; thay đổi được gửi đi khi kết nối lại.
        </p>
        <div className="shared-library-grid">
          <label>
            Máy chủ
            <input
              data-testid="shared-host"
              value={form.host}
              placeholder="ví dụ: 192.168.1.10"
              onChange={e => set({ host: e.target.value })}
            />
          </label>
          <label>
            Cổng
            <input
              data-testid="shared-port"
              inputMode="numeric"
              value={form.port}
              onChange={e => set({ port: e.target.value })}
            />
          </label>
          <label>
            Cơ sở dữ liệu
            <input
              data-testid="shared-database"
              value={form.database}
              onChange={e => set({ database: e.target.value })}
            />
          </label>
          <label>
            Người dùng
            <input
              data-testid="shared-user"
              value={form.user}
              autoComplete="off"
              onChange={e => set({ user: e.target.value })}
            />
          </label>
          <label>
            Mật khẩu
            <input
              type="password"
              data-testid="shared-password"
              value={password}
              autoComplete="new-password"
              placeholder={hasPassword ? 'đã lưu' : ''}
              onChange={e => setPassword(e.target.value)}
            />
          </label>
          <label>
            Mã hóa đường truyền (TLS)
            <select
              data-testid="shared-tls"
              value={form.tls}
              onChange={e => set({ tls: e.target.value as ServerTls })}
            >
              {TLS_LABEL.map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </label>
        </div>
        {outcome && (
          <p
            className={`notice ${outcome.ok ? 'info' : 'error'}`}
            role={outcome.ok ? 'status' : 'alert'}
            data-testid="shared-outcome"
          >
            {outcome.text}
          </p>
        )}
        <div className="modal-actions">
          {connected && (
            <button type="button" data-testid="shared-disconnect" onClick={() => void disconnect()}>
              Ngắt kết nối
            </button>
          )}
          <button
            type="button"
            data-testid="shared-test"
            disabled={busy}
            onClick={() => void test()}
          >
            Kiểm tra kết nối
          </button>
          <button type="submit" data-testid="shared-save" disabled={busy}>
            Lưu
          </button>
          <button type="button" data-testid="shared-close" onClick={onClose}>
            Đóng
          </button>
        </div>
      </form>
    </Modal>
  )
}
