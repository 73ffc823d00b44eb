import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../../shared/ipc/menu-commands'

/** Builds the Vietnamese application menu; each command item is forwarded to the renderer. */
export function buildMenu(win: BrowserWindow): Menu {
  const send = (command: MenuCommand) => () => win.webContents.send('menu:command', command)
  return Menu.buildFromTemplate(menuTemplate(send))
}

/** The menu's items; `send` makes the click handler that forwards a command to the renderer. */
export function menuTemplate(
  send: (command: MenuCommand) => () => void
): MenuItemConstructorOptions[] {
  const item = (
    label: string,
    command: MenuCommand,
    accelerator?: string
  ): MenuItemConstructorOptions => ({
    label,
    click: send(command),
    ...(accelerator ? { accelerator } : {}),
  })
  return [
    {
      label: '&Tệp',
      submenu: [
        item('Kế hoạch mới', 'new', 'CmdOrCtrl+N'),
        item('Mở…', 'open', 'CmdOrCtrl+O'),
        item('Mở từ Word…', 'import-docx'),
        item('Nhập thư mục kế hoạch cũ…', 'import-folder'),
        item('Thư viện dùng chung…', 'shared-library'),
        { type: 'separator' },
        item('Lập kế hoạch năm sau…', 'carry-forward'),
        item('Triển khai kế hoạch cấp trên…', 'derive-plan'),
        { type: 'separator' },
        item('Lưu', 'save', 'CmdOrCtrl+S'),
        item('Lưu thành…', 'save-as', 'CmdOrCtrl+Shift+S'),
        item('Phiên bản…', 'versions'),
        { type: 'separator' },
        item('Xuất Word…', 'export-docx', 'CmdOrCtrl+E'),
        item('In…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        item('So sánh với kế hoạch khác…', 'compare'),
        item('So sánh với tệp Word…', 'compare-docx'),
        { type: 'separator' },
        item('Hồ sơ đơn vị…', 'profile'),
        item('Đóng kế hoạch', 'close', 'CmdOrCtrl+W'),
        { label: 'Thoát', role: 'quit' },
      ],
    },
    {
      label: '&Sửa',
      submenu: [
        // Undo/redo go to the plan-level history, which covers the body and every field.
        item('Hoàn tác', 'undo', 'CmdOrCtrl+Z'),
        item('Làm lại', 'redo', 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
        { type: 'separator' },
        item('Tìm và thay thế…', 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: '&Xem',
      submenu: [
        // The app zooms the page itself (the side pane and menus keep their size); Electron's
        // zoomIn/zoomOut/resetZoom roles would zoom the whole window on top of it.
        item('Phóng to', 'zoom-in', 'CmdOrCtrl+='),
        item('Thu nhỏ', 'zoom-out', 'CmdOrCtrl+-'),
        item('100 %', 'zoom-reset', 'CmdOrCtrl+0'),
        item('Vừa chiều rộng', 'zoom-fit'),
        { type: 'separator' },
        item('Ẩn/hiện ngăn bên', 'toggle-side', 'CmdOrCtrl+F1'),
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Trợ &giúp',
      submenu: [item('Giới thiệu Soạn Kế hoạch', 'about')],
    },
  ]
}
