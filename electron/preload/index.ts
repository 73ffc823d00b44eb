import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS } from '../../shared/ipc/channels'
import type { Api } from '../../shared/ipc/contract'
import { MENU_COMMANDS, type MenuCommand } from '../../shared/ipc/menu-commands'

/**
 * Exposes exactly one function per contract channel as `window.api[channel]`, plus a subscription
 * to menu commands. No generic invoke is exposed: the renderer can only call declared channels.
 */
const api = Object.fromEntries(
  CHANNELS.map(channel => [channel, (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)])
) as unknown as Api

contextBridge.exposeInMainWorld('api', api)

// A file to open may arrive before the page subscribes (start-up): keep it until then.
const fileListeners = new Set<(file: string) => void>()
const pendingFiles: string[] = []
ipcRenderer.on('app:open-file', (_event, file: unknown) => {
  if (typeof file !== 'string') {
    return
  }
  if (fileListeners.size === 0) {
    pendingFiles.push(file)
  }
  fileListeners.forEach(listener => listener(file))
})
contextBridge.exposeInMainWorld('menu', {
  onCommand(listener: (command: MenuCommand) => void): () => void {
    const handler = (_event: unknown, command: unknown) => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) {
        listener(command as MenuCommand)
      }
    }
    ipcRenderer.on('menu:command', handler)
    return () => ipcRenderer.removeListener('menu:command', handler)
  },
  onCloseRequest(listener: () => void): () => void {
    const handler = () => listener()
    ipcRenderer.on('app:close-request', handler)
    return () => ipcRenderer.removeListener('app:close-request', handler)
  },
  onOpenFile(listener: (file: string) => void): () => void {
    fileListeners.add(listener)
    pendingFiles.splice(0).forEach(file => listener(file))
    return () => fileListeners.delete(listener)
  },
})
