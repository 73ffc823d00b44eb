import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc/menu-commands'
import { Toolbar } from '../../../renderer/app/Toolbar'

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }))
const { menuTemplate } = await import('../../../electron/main/app/menu')

/** Every item of the menu with the command its click sends (none for Electron's own roles). */
function menuItems(): { item: MenuItemConstructorOptions; command?: MenuCommand }[] {
  let sent: MenuCommand | undefined
  const send = (command: MenuCommand) => () => {
    sent = command
  }
  const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap(item => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
  return flatten(menuTemplate(send)).map(item => {
    sent = undefined
    ;(item.click as (() => void) | undefined)?.()
    return sent ? { item, command: sent } : { item }
  })
}

const accelerator = (command: MenuCommand) =>
  menuItems()
    .find(entry => entry.command === command)
    ?.item.accelerator?.toString()
    .replace('CmdOrCtrl', 'Ctrl')

describe('application menu', () => {
  it('offers every command the renderer knows, each once', () => {
    const commands = menuItems().flatMap(entry => (entry.command ? [entry.command] : []))
    expect([...commands].sort()).toEqual([...MENU_COMMANDS].sort())
  })

  it('zooms with the app’s own commands, never Electron’s window zoom', () => {
    const roles = menuItems().map(entry => entry.item.role)
    expect(roles).not.toContain('zoomIn')
    expect(roles).not.toContain('zoomOut')
    expect(roles).not.toContain('resetZoom')
    expect(accelerator('zoom-in')).toBe('Ctrl+=')
    expect(accelerator('zoom-out')).toBe('Ctrl+-')
    expect(accelerator('zoom-reset')).toBe('Ctrl+0')
    expect(accelerator('toggle-side')).toBe('Ctrl+F1')
    expect(accelerator('zoom-fit')).toBeUndefined()
  })

  it('shows the same shortcut in each toolbar tooltip as in the menu', () => {
    const noop = () => undefined
    const html = renderToStaticMarkup(
      createElement(Toolbar, {
        title: 'x',
        dirty: false,
        onNew: noop,
        onOpen: noop,
        onProfile: noop,
        onSave: noop,
        onSaveAs: noop,
        onExport: noop,
        onPrint: noop,
        onClose: noop,
        onImportWord: noop,
        onCompare: noop,
        onVersions: noop,
        onCarryForward: noop,
        onDerive: noop,
      })
    )
    const byTestId: Readonly<Record<string, MenuCommand>> = {
      'cmd-new': 'new',
      'cmd-open': 'open',
      'cmd-profile': 'profile',
      'cmd-save': 'save',
      'cmd-save-as': 'save-as',
      'cmd-export': 'export-docx',
      'cmd-print': 'print',
      'cmd-close': 'close',
      'cmd-import-word': 'import-docx',
      'cmd-compare': 'compare',
      'cmd-compare-docx': 'compare-docx',
      'cmd-versions': 'versions',
      'cmd-carry-forward': 'carry-forward',
      'cmd-derive': 'derive-plan',
    }
    const buttons = [...html.matchAll(/<button[^>]*title="([^"]*)"[^>]*data-testid="([^"]*)"/g)]
    expect(buttons.map(b => b[2]).sort()).toEqual(Object.keys(byTestId).sort())
    for (const [, title, testId] of buttons) {
      const shown = /\((Ctrl[^)]*)\)$/.exec(title!)?.[1]
      expect(shown, `${testId}: ${title}`).toBe(accelerator(byTestId[testId!]!))
    }
  })
})
