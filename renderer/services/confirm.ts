import { api, inElectron } from './api'

/**
 * Asks the clerk a yes/no question: a native dialog with Vietnamese buttons in Electron (its
 * `window.confirm` would show English OK/Cancel), the browser's own in the harness.
 */
export function confirmDialog(message: string): Promise<boolean> {
  return inElectron ? api['dialog:confirm'](message) : Promise.resolve(window.confirm(message))
}
