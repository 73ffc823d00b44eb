import { describe, expect, it } from 'vitest'
import { CommandRegistry } from '../../../renderer/workspace/command-registry'

type Commands = {
  readonly add: (a: number, b: number) => number
  readonly greet: (name: string) => string
}

describe('CommandRegistry', () => {
  it('runs a registered command with its arguments and returns its result', () => {
    const registry = new CommandRegistry<Commands>()
    registry.register({ add: (a, b) => a + b })
    expect(registry.run('add', 2, 3)).toBe(5)
    expect(registry.has('add')).toBe(true)
  })

  it('runs a command nobody handles as a no-op', () => {
    const registry = new CommandRegistry<Commands>()
    expect(registry.run('greet', 'Lan')).toBeUndefined()
    expect(registry.has('greet')).toBe(false)
  })

  it('unregisters what it registered, and only that', () => {
    const registry = new CommandRegistry<Commands>()
    const off = registry.register({ greet: name => `Chào ${name}` })
    off()
    expect(registry.has('greet')).toBe(false)

    // A pane mounted again registers before the old one unregisters: the new handler stays.
    const offOld = registry.register({ greet: name => `cũ ${name}` })
    registry.register({ greet: name => `mới ${name}` })
    offOld()
    expect(registry.run('greet', 'Lan')).toBe('mới Lan')
  })
})
