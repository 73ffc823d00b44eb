/** Commands the Electron menu sends to the renderer (the harness triggers the same ones from keys). */
export type MenuCommand =
  | 'new'
  | 'open'
  | 'import-docx'
  | 'import-folder'
  | 'carry-forward'
  | 'derive-plan'
  | 'shared-library'
  | 'save'
  | 'save-as'
  | 'export-docx'
  | 'versions'
  | 'print'
  | 'find'
  | 'compare'
  | 'compare-docx'
  | 'undo'
  | 'redo'
  | 'about'
  | 'profile'
  | 'close'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'zoom-fit'
  | 'toggle-side'

/** Every menu command, for validating what arrives over the event channel. */
export const MENU_COMMANDS: readonly MenuCommand[] = [
  'new',
  'open',
  'import-docx',
  'import-folder',
  'carry-forward',
  'derive-plan',
  'shared-library',
  'save',
  'save-as',
  'export-docx',
  'versions',
  'print',
  'find',
  'compare',
  'compare-docx',
  'undo',
  'redo',
  'about',
  'profile',
  'close',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'zoom-fit',
  'toggle-side',
]
