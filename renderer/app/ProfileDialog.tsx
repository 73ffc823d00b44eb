import { useEffect, useState } from 'react'
import type { AgencyProfile } from '../../shared/model/profile'
import type { AgencyLevel, AuthorityPrefix, SignatureLine } from '../../shared/model/types'
import { api } from '../services/api'
import { Modal } from './dialog/Modal'

const LEVELS: readonly [AgencyLevel, string][] = [
  ['tinh', 'Cấp tỉnh'],
  ['huyen', 'Cấp huyện'],
  ['xa', 'Cấp xã'],
]

/** Edits the agency profile (hồ sơ đơn vị) that pre-fills every new plan. */
export function ProfileDialog({ onClose }: { onClose: (saved: boolean) => void }) {
  const [profile, setProfile] = useState<AgencyProfile | undefined>(undefined)
  const [error, setError] = useState<string | undefined>(undefined)
  useEffect(() => {
    void api['profile:get']().then(setProfile)
  }, [])
  if (!profile) {
    return null
  }
  const set = (patch: Partial<AgencyProfile>) => setProfile({ ...profile, ...patch })
  const lines = (text: string) =>
    text
      .split('\n')
      .map(l => l.trim())
      .filter(l => l !== '')
  const save = async () => {
    const result = await api['profile:set'](profile)
    if (result.ok) {
      onClose(true)
    } else {
      setError(result.error.message)
    }
  }
  return (
    <Modal headingId="profile-dialog-title" label="Hồ sơ đơn vị" onCancel={() => onClose(false)}>
      <form
        className="modal wide"
        data-testid="profile-dialog"
        onSubmit={event => {
          event.preventDefault()
          void save()
        }}
      >
        <h2 id="profile-dialog-title">Hồ sơ đơn vị</h2>
        <p className="muted">Thông tin này được điền sẵn vào mỗi kế hoạch mới.</p>
        <label>
          Cơ quan chủ quản (nếu có, mỗi dòng một dòng in)
          <textarea
            rows={2}
            value={(profile.parentAgency ?? []).join('\n')}
            onChange={e => set({ parentAgency: lines(e.target.value.toUpperCase()) })}
          />
        </label>
        <label>
          Tên cơ quan ban hành (mỗi dòng một dòng in)
          <textarea
            rows={2}
            data-testid="profile-agency"
            value={profile.agency.join('\n')}
            onChange={e => set({ agency: e.target.value.toUpperCase().split('\n') })}
          />
        </label>
        <label>
          Chữ viết tắt trong ký hiệu (KH-…)
          <input
            data-testid="profile-abbr"
            value={profile.agencyAbbr}
            onChange={e => set({ agencyAbbr: e.target.value.toUpperCase().trim() })}
          />
        </label>
        <label>
          Cấp
          <select
            value={profile.level ?? ''}
            onChange={e =>
              set(
                e.target.value === ''
                  ? { level: undefined }
                  : { level: e.target.value as AgencyLevel }
              )
            }
          >
            <option value="">—</option>
            {LEVELS.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
        <label>
          Địa danh
          <input
            data-testid="profile-place"
            value={profile.place}
            onChange={e => set({ place: e.target.value })}
          />
        </label>
        <label>
          Chức vụ người ký thường dùng (mỗi dòng một dòng; có thể bắt đầu bằng TM., KT., Q., TL.,
          TUQ.)
          <textarea
            rows={3}
            value={profile.signatureLines.map(lineText).join('\n')}
            onChange={e => set({ signatureLines: lines(e.target.value).map(parseLine) })}
          />
        </label>
        <label>
          Người ký thường dùng
          <input
            data-testid="profile-signer"
            value={profile.signer}
            onChange={e => set({ signer: e.target.value })}
          />
        </label>
        <label>
          Nơi nhận thường dùng (mỗi dòng một nơi)
          <textarea
            rows={5}
            data-testid="profile-recipients"
            value={profile.recipients.join('\n')}
            onChange={e => set({ recipients: e.target.value.split('\n') })}
          />
        </label>
        <label>
          Lưu
          <input value={profile.archive} onChange={e => set({ archive: e.target.value })} />
        </label>
        {error && <p className="notice error">{error}</p>}
        <div className="modal-actions">
          <button type="submit" data-testid="profile-save">
            Lưu hồ sơ
          </button>
          <button type="button" onClick={() => onClose(false)}>
            Hủy
          </button>
        </div>
      </form>
    </Modal>
  )
}

function lineText(line: SignatureLine): string {
  return line.prefix ? `${line.prefix}. ${line.text}` : line.text
}

function parseLine(text: string): SignatureLine {
  const found = /^(TM|KT|Q|TL|TUQ)\.\s*(.*)$/u.exec(text.toUpperCase())
  return found
    ? { prefix: found[1] as AuthorityPrefix, text: found[2] ?? '' }
    : { text: text.toUpperCase() }
}
