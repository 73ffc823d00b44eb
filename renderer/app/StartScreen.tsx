import { useEffect, useState } from 'react'
import type { RecentFile, SampleId, SampleInfo } from '../../shared/ipc/contract'
import { api } from '../services/api'

/** The screen shown when no plan is open: new plan, open, samples and recent files. */
export function StartScreen(props: {
  onNew: () => void
  onOpen: () => void
  onProfile: () => void
  onOpenPath: (path: string) => void
  onOpenSample: (id: SampleId) => void
  onImportWord: () => void
  onImportFolder: () => void
  onCarryForward: () => void
  onDerive: () => void
}) {
  const [samples, setSamples] = useState<readonly SampleInfo[]>([])
  const [recent, setRecent] = useState<readonly RecentFile[]>([])
  useEffect(() => {
    void api['samples:list']().then(setSamples)
    void api['recent:list']().then(setRecent)
  }, [])
  return (
    <main className="start" data-testid="start-screen">
      <h1>Soạn Kế hoạch</h1>
      <p className="muted">Soạn kế hoạch hành chính đúng thể thức Nghị định 30/2020/NĐ-CP.</p>
      <div className="start-actions">
        <button data-testid="start-new" onClick={props.onNew}>
          Kế hoạch mới
        </button>
        <button data-testid="start-open" onClick={props.onOpen}>
          Mở kế hoạch…
        </button>
        <button data-testid="start-import-word" onClick={props.onImportWord}>
          Mở từ Word…
        </button>
        <button data-testid="start-import-folder" onClick={props.onImportFolder}>
          Nhập thư mục kế hoạch cũ…
        </button>
        <button data-testid="start-profile" onClick={props.onProfile}>
          Hồ sơ đơn vị…
        </button>
      </div>
      <div className="start-actions" aria-label="Lập từ kế hoạch có sẵn">
        <button data-testid="start-carry-forward" onClick={props.onCarryForward}>
          Lập kế hoạch năm sau…
        </button>
        <button data-testid="start-derive" onClick={props.onDerive}>
          Triển khai kế hoạch cấp trên…
        </button>
      </div>
      <section>
        <h2>Mở gần đây</h2>
        {recent.length === 0 && <p className="muted">Chưa có tệp nào.</p>}
        <ul className="recent" data-testid="recent-files">
          {recent.map(file => (
            <li key={file.path}>
              <button
                className="link"
                onClick={() => props.onOpenPath(file.path)}
                title={file.path}
              >
                {file.title || file.path.split(/[\\/]/).pop()}
              </button>
              <span className="muted"> — {file.path}</span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Kế hoạch mẫu</h2>
        <ul className="samples" data-testid="samples">
          {samples.map(sample => (
            <li key={sample.id}>
              <button
                className="link"
                data-testid={`sample-${sample.id}`}
                onClick={() => props.onOpenSample(sample.id)}
              >
                {sample.title}
              </button>
              <span className="muted">
                {' '}
                — {sample.issuer}
                {sample.year ? `, ${sample.year}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  )
}
