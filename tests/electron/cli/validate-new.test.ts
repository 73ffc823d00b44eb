import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { newCommand } from '../../../electron/cli/commands/new'
import { validateCommand } from '../../../electron/cli/commands/validate'

const root = path.resolve(import.meta.dirname, '..', '..', '..')
const resources = path.join(root, 'resources')

function captured(run: () => number): { code: number; out: string } {
  const lines: string[] = []
  const log = vi
    .spyOn(console, 'log')
    .mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')))
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    return { code: run(), out: lines.join('\n') }
  } finally {
    log.mockRestore()
    error.mockRestore()
  }
}

afterEach(() => vi.restoreAllMocks())

describe('cli validate', () => {
  it.each(['000', '001', '002', '003', '004'])('sample %s validates with no errors', id => {
    const { code, out } = captured(() =>
      validateCommand([path.join(resources, 'samples', `${id}.kehoach`)])
    )
    const report = JSON.parse(out) as { ok: boolean; errors: number; repairs: unknown[] }
    expect(code).toBe(0)
    expect(report).toMatchObject({ ok: true, errors: 0, repairs: [] })
  })

  it('exits 1 with the findings for a plan that has errors', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-cli-'))
    const file = path.join(dir, 'moi.kehoach')
    expect(captured(() => newCommand(['--out', file], resources)).code).toBe(0)
    const { code, out } = captured(() => validateCommand([file]))
    expect(code).toBe(1)
    const codes = (JSON.parse(out) as { findings: { code: string }[] }).findings.map(f => f.code)
    expect(codes).toContain('signature.signer-missing')
  })

  it('new --sample copies a sample', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skh-cli-')), 'mau.kehoach')
    expect(captured(() => newCommand(['--out', file, '--sample', '004'], resources)).code).toBe(0)
    expect(fs.readFileSync(file, 'utf8')).toContain('Lào Cai')
    expect(captured(() => newCommand(['--out', file, '--sample', '999'], resources)).code).toBe(2)
  })
})
