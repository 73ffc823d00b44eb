import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BadCallError, callHandler } from '../../../electron/main/ipc/call-handler'
import type { Endpoint, Handlers, PathAccess } from '../../../electron/main/ipc/handler-types'
import { CHANNELS } from '../../../shared/ipc/channels'
import type { Api, Channel } from '../../../shared/ipc/contract'
import type { GrantMode, PathRule } from '../../../shared/ipc/policy'
import { clauseDraft } from '../../../shared/library/clause-draft'
import { createPlan } from '../../../shared/model/create-plan'
import { restorePlan } from '../../../shared/model/restore'

const FILE = path.join('thư mục', 'tệp riêng 7c1')
const RESOLVED = path.resolve(FILE)
const PLAN = createPlan({ year: 2025 })
const SERVER = {
  host: 'thuvien.ubnd.local',
  port: 5432,
  database: 'skh',
  user: 'van_thu',
  tls: 'prefer',
} as const
const DRAFT = clauseDraft({ kind: 'recipient', text: 'Như trên;' }, { year: 2025 })

/** What the channel's path argument must have been granted for, and what a refusal looks like. */
type PathCase = {
  readonly mode: GrantMode
  /** The path main checks and hands over: resolved, with the extension main writes with. */
  readonly checked: string
  readonly refused: 'refuse' | 'ignore' | 'forget'
}
type Case<C extends Channel> = {
  /** Valid arguments of the channel. */
  readonly args: Parameters<Api[C]>
  readonly path?: PathCase
  /** Index of the plan argument main must restore (or indices, for two plans). */
  readonly plan?: number | readonly number[]
}

/** Written out by hand (not read from CHANNEL_POLICY), so a wrong policy fails here. */
const CASES: { readonly [C in Channel]: Case<C> } = {
  'app:info': { args: [] },
  'samples:list': { args: [] },
  'samples:open': { args: ['001'] },
  'plan:open': { args: [FILE], path: { mode: 'read', checked: RESOLVED, refused: 'refuse' } },
  'plan:save': {
    args: [FILE, PLAN],
    path: { mode: 'write', checked: `${RESOLVED}.kehoach`, refused: 'refuse' },
    plan: 1,
  },
  'profile:get': { args: [] },
  'profile:set': {
    args: [
      {
        agency: ['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH'],
        agencyAbbr: 'UBND',
        place: 'An Bình',
        signatureLines: [],
        signer: '',
        recipients: [],
        archive: 'Lưu: VT.',
      },
    ],
  },
  'recent:list': { args: [] },
  'autosave:write': {
    args: ['s1', { path: FILE }, PLAN],
    path: { mode: 'write', checked: RESOLVED, refused: 'forget' },
    plan: 2,
  },
  'autosave:list': { args: [] },
  'autosave:read': { args: ['s1'] },
  'autosave:discard': { args: ['s1'] },
  'dialog:pickOpen': { args: ['plan'] },
  'dialog:pickSave': { args: ['docx', 'KH.docx'] },
  'window:close': { args: [] },
  'export:docx': {
    args: [FILE, PLAN, true],
    path: { mode: 'write', checked: `${RESOLVED}.docx`, refused: 'refuse' },
    plan: 1,
  },
  'export:preflight': { args: [PLAN], plan: 0 },
  'export:compareDocx': {
    args: [FILE, PLAN, PLAN],
    path: { mode: 'write', checked: `${RESOLVED}.docx`, refused: 'refuse' },
    plan: [1, 2],
  },
  'shell:showInFolder': {
    args: [FILE],
    path: { mode: 'read', checked: RESOLVED, refused: 'ignore' },
  },
  'import:docx': { args: [FILE], path: { mode: 'read', checked: RESOLVED, refused: 'refuse' } },
  'import:folderStart': {
    args: [FILE],
    path: { mode: 'read', checked: RESOLVED, refused: 'refuse' },
  },
  'import:folderStatus': { args: ['job1'] },
  'import:folderCancel': { args: ['job1'] },
  'taxonomy:list': { args: [] },
  'library:status': { args: [] },
  'library:restoreBackup': { args: [] },
  'library:startEmpty': { args: [] },
  'library:search': { args: ['kế hoạch', { limit: 5 }] },
  'library:use': { args: ['7'] },
  'library:add': { args: [DRAFT] },
  'library:update': { args: ['7', { status: 'approved' }] },
  'library:approve': { args: ['7'] },
  'library:remove': { args: ['7'] },
  'library:export': {
    args: [FILE, ['7']],
    path: { mode: 'write', checked: `${RESOLVED}.thuvien`, refused: 'refuse' },
  },
  'library:import': { args: [FILE], path: { mode: 'read', checked: RESOLVED, refused: 'refuse' } },
  'lineage:rules': { args: ['xa'] },
  'versions:list': {
    args: [FILE],
    path: { mode: 'write', checked: `${RESOLVED}.kehoach`, refused: 'refuse' },
  },
  'versions:read': {
    args: [FILE, '20261205T070512345-a1b2'],
    path: { mode: 'write', checked: `${RESOLVED}.kehoach`, refused: 'refuse' },
  },
  'sync:getSettings': { args: [] },
  'sync:setSettings': { args: [SERVER, 'mật khẩu'] },
  'sync:disconnect': { args: [] },
  'sync:test': { args: [SERVER] },
  'sync:now': { args: [] },
  'sync:status': { args: [] },
  'sync:conflicts': { args: [] },
  'sync:resolve': { args: ['0b6f1c9e-2f5d-4c3a-9a7e-1d2b3c4d5e6f', 'both'] },
  'sync:search': { args: ['kế hoạch', { limit: 5 }] },
}

/** Handlers that only record what they were called with. */
function spyEndpoint(access?: PathAccess) {
  const calls: { channel: Channel; args: unknown[] }[] = []
  const handlers = Object.fromEntries(
    CHANNELS.map(channel => [
      channel,
      async (...args: unknown[]) => {
        calls.push({ channel, args })
        return 'handled'
      },
    ])
  ) as unknown as Handlers
  const endpoint: Endpoint = access ? { handlers, access } : { handlers }
  return { endpoint, calls }
}

/** Grants nothing, and notes what was asked. */
function refuseAll() {
  const asked: { file: string; rule: PathRule }[] = []
  const access: PathAccess = {
    allows: (file, rule) => {
      asked.push({ file, rule })
      return false
    },
  }
  return { access, asked }
}

/** Grants every path for reading only (a file picked in an open dialog). */
const readOnly: PathAccess = { allows: (_file, rule) => rule.mode === 'read' }

/** A plan as a hostile page might send it: decomposed Unicode, an unknown block, a stray key. */
function hostilePlan(): unknown {
  const plan = JSON.parse(JSON.stringify(PLAN)) as Record<string, unknown> & {
    sections: { children: unknown[] }[]
  }
  plan.subject = 'Kế hoạch cải cách hành chính'.normalize('NFD')
  plan.sections[0]?.children.push({ type: 'script', id: 'x', content: '<img onerror=alert(1)>' })
  plan.injected = { constructor: { prototype: { polluted: true } } }
  return plan
}

const channels = Object.keys(CASES) as Channel[]
const withPath = channels.filter(c => CASES[c].path)
const withoutPath = channels.filter(c => !CASES[c].path)
const withPlan = channels.filter(c => CASES[c].plan !== undefined)
/** Each channel with one of its plan arguments' index. */
const planArgs = withPlan.flatMap(c => {
  const plan = CASES[c].plan!
  return (typeof plan === 'number' ? [plan] : plan).map(index => [c, index] as const)
})

describe('callHandler enforces every channel’s policy', () => {
  it('has a case for every channel of the contract', () => {
    expect([...channels].sort()).toEqual([...CHANNELS].sort())
    expect(withPath.length).toBeGreaterThan(0)
    expect(withPlan.length).toBeGreaterThan(0)
  })

  it.each(withPath)('%s: an unchosen path never reaches the handler', async channel => {
    const expected = CASES[channel].path!
    const { access, asked } = refuseAll()
    const { endpoint, calls } = spyEndpoint(access)
    const answer = await callHandler(endpoint, channel, CASES[channel].args)
    expect(asked.map(a => [a.file, a.rule.mode])).toEqual([[expected.checked, expected.mode]])
    if (expected.refused === 'forget') {
      expect(answer).toBe('handled')
      expect(calls).toHaveLength(1)
      expect(JSON.stringify(calls[0]?.args)).not.toContain(path.basename(FILE))
      return
    }
    expect(calls).toEqual([])
    if (expected.refused === 'refuse') {
      expect(answer).toMatchObject({ ok: false, error: { code: 'file.not-chosen' } })
      expect(JSON.stringify(answer)).toMatch(/Chương trình chỉ mở và ghi những tệp bạn đã chọn/)
    } else {
      expect(answer).toBeUndefined()
    }
  })

  it.each(withPath.filter(c => CASES[c].path?.mode === 'write'))(
    '%s: a file granted for reading only is not written',
    async channel => {
      const { endpoint, calls } = spyEndpoint(readOnly)
      const answer = await callHandler(endpoint, channel, CASES[channel].args)
      if (CASES[channel].path?.refused === 'forget') {
        expect(JSON.stringify(calls[0]?.args)).not.toContain(path.basename(FILE))
      } else {
        expect(calls).toEqual([])
        expect(answer).toMatchObject({ ok: false, error: { code: 'file.not-chosen' } })
      }
    }
  )

  it.each(withPath)('%s: a chosen path reaches the handler as the file checked', async channel => {
    const expected = CASES[channel].path!
    const { endpoint, calls } = spyEndpoint({ allows: () => true })
    expect(await callHandler(endpoint, channel, CASES[channel].args)).toBe('handled')
    expect(JSON.stringify(calls[0]?.args)).toContain(JSON.stringify(expected.checked))
  })

  it.each(withoutPath)('%s: names no file, so needs no grant', async channel => {
    const { access, asked } = refuseAll()
    const { endpoint, calls } = spyEndpoint(access)
    expect(await callHandler(endpoint, channel, CASES[channel].args)).toBe('handled')
    expect(asked).toEqual([])
    expect(calls).toHaveLength(1)
  })

  it.each(planArgs)(
    '%s: the handler sees plan argument %i only after restore',
    async (channel, index) => {
      const args: unknown[] = [...CASES[channel].args]
      const raw = hostilePlan()
      args[index] = raw
      const { endpoint, calls } = spyEndpoint({ allows: () => true })
      expect(await callHandler(endpoint, channel, args)).toBe('handled')
      const restored = restorePlan(raw)
      expect(restored.ok).toBe(true)
      const given = calls[0]?.args[index] as { plan: unknown; repairs: readonly unknown[] }
      expect(given).toEqual(restored.ok && { plan: restored.plan, repairs: restored.repairs })
      expect(given.repairs.length).toBeGreaterThan(0)
      expect(JSON.stringify(given.plan)).not.toMatch(/script|injected|polluted/)
      expect(JSON.stringify(given.plan)).toContain('Kế hoạch cải cách hành chính'.normalize('NFC'))
    }
  )

  it.each(planArgs)(
    '%s: something that is not a plan never reaches the handler as argument %i',
    async (channel, index) => {
      for (const notAPlan of [42, 'kế hoạch', null, []]) {
        const args: unknown[] = [...CASES[channel].args]
        args[index] = notAPlan
        const { endpoint, calls } = spyEndpoint({ allows: () => true })
        const answer = await callHandler(endpoint, channel, args)
        expect(answer).toMatchObject({ ok: false, error: { code: 'plan.invalid' } })
        expect(calls).toEqual([])
      }
    }
  )

  it.each(channels.filter(c => CASES[c].plan === undefined))(
    '%s: other arguments reach the handler as sent',
    async channel => {
      const { endpoint, calls } = spyEndpoint({ allows: () => true })
      await callHandler(endpoint, channel, CASES[channel].args)
      const expected = CASES[channel].path
      const sent = JSON.stringify(CASES[channel].args)
      expect(JSON.stringify(calls[0]?.args)).toBe(
        expected ? sent.replace(JSON.stringify(FILE), JSON.stringify(expected.checked)) : sent
      )
    }
  )

  it('refuses an unknown channel, plan:check included, before any handler', async () => {
    const { endpoint, calls } = spyEndpoint()
    for (const channel of ['plan:check', 'toString', '__proto__', 'app:infos']) {
      await expect(callHandler(endpoint, channel, [])).rejects.toBeInstanceOf(BadCallError)
    }
    expect(calls).toEqual([])
  })

  it('refuses a clause draft or edit of the wrong shape before the library sees it', async () => {
    const { endpoint, calls } = spyEndpoint()
    const bad: [Channel, unknown[]][] = [
      ['library:add', [{ ...DRAFT, kind: 'item' }]],
      ['library:add', [{ ...DRAFT, fragment: { kind: 'recipient', text: 7 } }]],
      ['library:update', ['7', { fragment: { kind: 'paragraph', block: { type: 'script' } } }]],
      ['library:update', ['7', { status: 'deleted' }]],
    ]
    for (const [channel, args] of bad) {
      await expect(callHandler(endpoint, channel, args)).rejects.toBeInstanceOf(BadCallError)
    }
    expect(calls).toEqual([])
  })
})
