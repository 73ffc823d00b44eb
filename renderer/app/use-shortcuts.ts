import { useEffect } from 'react'
import type { MenuCommand } from '../../shared/ipc/menu-commands'
import { inElectron, onMenuCommand } from '../services/api'

const KEYS: Readonly<Record<string, MenuCommand>> = {
  n: 'new',
  o: 'open',
  s: 'save',
  S: 'save-as',
  e: 'export-docx',
  p: 'print',
  f: 'find',
  h: 'find',
  z: 'undo',
  y: 'redo',
  Z: 'redo',
  w: 'close',
  '=': 'zoom-in',
  '+': 'zoom-in',
  '-': 'zoom-out',
  '0': 'zoom-reset',
  f1: 'toggle-side',
}

/**
 * Runs file commands from Word's shortcuts. In Electron the menu accelerators deliver them; in the
 * browser harness the same keys are caught here.
 */
export function useCommands(run: (command: MenuCommand) => void): void {
  useEffect(() => onMenuCommand(run), [run])
  useEffect(() => {
    if (inElectron) {
      return undefined
    }
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) {
        return
      }
      const lower = event.key.toLowerCase()
      const key = event.shiftKey && (lower === 's' || lower === 'z') ? lower.toUpperCase() : lower
      const command = KEYS[key]
      if (command) {
        event.preventDefault()
        run(command)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [run])
}
