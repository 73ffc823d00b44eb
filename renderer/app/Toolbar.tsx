import { moveAlongButtons } from './view/arrow-keys'

/** Commands offered in the toolbar (mirroring the Electron menu). */
export type ToolbarActions = {
  readonly onNew: () => void
  readonly onOpen: () => void
  readonly onImportWord: () => void
  readonly onProfile: () => void
  readonly onSave: () => void
  readonly onSaveAs: () => void
  readonly onExport: () => void
  /** Compares the open plan with a .kehoach (`plan`) or Word (`docx`) file. */
  readonly onCompare: (kind: 'plan' | 'docx') => void
  readonly onVersions: () => void
  readonly onPrint: () => void
  readonly onClose: () => void
  readonly onCarryForward: () => void
  readonly onDerive: () => void
}

/** The row of file commands above the page, with Word's shortcuts in the tooltips. */
export function Toolbar(props: ToolbarActions & { title: string; dirty: boolean }) {
  return (
    <header
      className="toolbar"
      role="toolbar"
      aria-label="Thanh công cụ"
      onKeyDown={moveAlongButtons}
    >
      <button onClick={props.onNew} title="Kế hoạch mới (Ctrl+N)" data-testid="cmd-new">
        Mới
      </button>
      <button onClick={props.onOpen} title="Mở (Ctrl+O)" data-testid="cmd-open">
        Mở…
      </button>
      <button
        onClick={props.onImportWord}
        title="Mở tệp Word, Word 97–2003 hoặc PDF thành kế hoạch mới"
        data-testid="cmd-import-word"
      >
        Mở từ Word…
      </button>
      <button
        onClick={props.onProfile}
        title="Hồ sơ đơn vị: thông tin điền sẵn vào kế hoạch mới"
        data-testid="cmd-profile"
      >
        Hồ sơ…
      </button>
      <button onClick={props.onSave} title="Lưu (Ctrl+S)" data-testid="cmd-save">
        Lưu
      </button>
      <button onClick={props.onSaveAs} title="Lưu thành (Ctrl+Shift+S)" data-testid="cmd-save-as">
        Lưu thành…
      </button>
      <button onClick={props.onExport} title="Xuất Word (Ctrl+E)" data-testid="cmd-export">
        Xuất Word…
      </button>
      <button
        onClick={() => props.onCompare('plan')}
        title="So sánh kế hoạch đang mở với một tệp kế hoạch (.kehoach)"
        data-testid="cmd-compare"
      >
        So sánh…
      </button>
      <button
        onClick={() => props.onCompare('docx')}
        title="So sánh kế hoạch đang mở với một tệp Word"
        data-testid="cmd-compare-docx"
      >
        So sánh Word…
      </button>
      <button
        onClick={props.onVersions}
        title="Các phiên bản đã lưu của kế hoạch"
        data-testid="cmd-versions"
      >
        Phiên bản…
      </button>
      <button onClick={props.onPrint} title="In (Ctrl+P)" data-testid="cmd-print">
        In…
      </button>
      <button
        onClick={props.onCarryForward}
        title="Lập kế hoạch năm sau từ kế hoạch này hoặc một tệp khác"
        data-testid="cmd-carry-forward"
      >
        Lập KH năm sau…
      </button>
      <button
        onClick={props.onDerive}
        title="Lập kế hoạch triển khai từ kế hoạch của cấp trên"
        data-testid="cmd-derive"
      >
        Triển khai KH cấp trên…
      </button>
      <button onClick={props.onClose} title="Đóng kế hoạch (Ctrl+W)" data-testid="cmd-close">
        Đóng
      </button>
      <span className="doc-title" data-testid="doc-title">
        {props.title}
        {props.dirty ? ' •' : ''}
      </span>
    </header>
  )
}
