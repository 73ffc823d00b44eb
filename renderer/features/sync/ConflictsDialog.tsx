import { useCallback, useEffect, useState } from 'react'
import type { ConflictResolution, SyncConflict } from '../../../shared/library/sync-types'
import { useWorkspace } from '../../workspace/workspace'
import { syncTime } from './status-text'
import { Modal } from '../../app/dialog/Modal'

const CHOICES: readonly [ConflictResolution, string][] = [
  ['mine', 'Giữ bản của tôi'],
  ['theirs', 'Giữ bản trên máy chủ'],
  ['both', 'Giữ cả hai'],
]

/**
 * Edit conflicts: a clause the clerk changed while someone else changed it on the server. Both
 * versions are kept until the clerk picks one, or both (the clerk's then becomes a new clause).
 */
export function ConflictsDialog({ onClose }: { onClose: () => void }) {
  const { shared } = useWorkspace()
  const [conflicts, setConflicts] = useState<readonly SyncConflict[] | undefined>(undefined)
  const [error, setError] = useState<string | undefined>(undefined)
  const load = useCallback(() => {
    void shared['sync:conflicts']().then(setConflicts)
  }, [shared])
  useEffect(load, [load])

  const pick = async (uid: string, choice: ConflictResolution) => {
    const result = await shared['sync:resolve'](uid, choice)
    setError(result.ok ? undefined : result.error.message)
    load()
    void shared['sync:now']()
  }

  return (
    <Modal label="Xung đột" onCancel={onClose}>
      <div className="modal wide" data-testid="conflicts-dialog">
        <h2>Điều khoản bị sửa ở hai nơi</h2>
        {conflicts?.length === 0 && <p className="muted">Không còn xung đột nào.</p>}
        {error && <p className="notice error">{error}</p>}
        <ol className="conflicts">
          {(conflicts ?? []).map(conflict => (
            <li key={conflict.uid} data-testid="conflict">
              <div className="conflict-versions">
                <section>
                  <h3>Bản của tôi</h3>
                  <p className="conflict-text">{conflict.mine.text}</p>
                </section>
                <section>
                  <h3>
                    Bản trên máy chủ · {conflict.theirAuthor}, lúc{' '}
                    {syncTime(conflict.theirUpdatedAt)}
                  </h3>
                  <p className="conflict-text">{conflict.theirs.text}</p>
                </section>
              </div>
              <div className="modal-actions">
                {CHOICES.map(([choice, label]) => (
                  <button
                    key={choice}
                    type="button"
                    data-testid={`conflict-${choice}`}
                    onClick={() => void pick(conflict.uid, choice)}
                  >
                    {label}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ol>
        <div className="modal-actions">
          <button type="button" onClick={onClose} data-testid="conflicts-close">
            Đóng
          </button>
        </div>
      </div>
    </Modal>
  )
}
