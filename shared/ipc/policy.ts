import type { Channel } from './contract'

/** What a chosen path may be used for: reading it, or also writing it. */
export type GrantMode = 'read' | 'write'

/**
 * The grant a channel's path argument needs. Main resolves the path (and adds `extension`, which
 * it adds when writing) before the check; the handler receives exactly the path that was checked.
 */
export type PathRule = {
  /** Index of the argument that names the file or folder. */
  readonly arg: number
  /** The path is this field of that (object) argument, not the argument itself. */
  readonly field?: 'path'
  readonly mode: GrantMode
  /** The extension main gives the file it writes: the grant is checked on that exact file. */
  readonly extension?: '.kehoach' | '.docx' | '.thuvien'
  /** A file in the recent list counts as chosen (reopened from "Gần đây" after a restart). */
  readonly recent?: true
  /**
   * What an unchosen path gets: `refuse` answers the error `file.not-chosen`; `ignore` answers
   * nothing (a channel without a result); `forget` calls the handler without the path.
   */
  readonly refused: 'refuse' | 'ignore' | 'forget'
}

/** A channel's policy, enforced in main by `callHandler` before the handler runs. */
export type ChannelPolicy = {
  /** The grant its path argument needs; absent: the channel names no file. */
  readonly path?: PathRule
  /**
   * Index of its plan argument (or indices of its plan arguments), restored
   * (shared/model/restore) before the handler sees it.
   */
  readonly plan?: number | readonly number[]
}

/**
 * Every channel's path grant and plan restoration, in one table so no handler repeats them. In the
 * app, a file is chosen when the clerk picked it in a dialog, opened or saved it, or named it on
 * the command line; the browser harness also counts every file in its documents folder.
 */
export const CHANNEL_POLICY = {
  'app:info': {},
  'samples:list': {},
  'samples:open': {},
  'plan:open': { path: { arg: 0, mode: 'read', recent: true, refused: 'refuse' } },
  'plan:save': {
    path: { arg: 0, mode: 'write', extension: '.kehoach', refused: 'refuse' },
    plan: 1,
  },
  'profile:get': {},
  'profile:set': {},
  'recent:list': {},
  // The file the work belongs to is only remembered if the clerk chose it.
  'autosave:write': { path: { arg: 1, field: 'path', mode: 'write', refused: 'forget' }, plan: 2 },
  'autosave:list': {},
  'autosave:read': {},
  'autosave:discard': {},
  'dialog:pickOpen': {},
  'dialog:pickSave': {},
  'window:close': {},
  'export:docx': {
    path: { arg: 0, mode: 'write', extension: '.docx', refused: 'refuse' },
    plan: 1,
  },
  'export:preflight': { plan: 0 },
  'export:compareDocx': {
    path: { arg: 0, mode: 'write', extension: '.docx', refused: 'refuse' },
    plan: [1, 2],
  },
  'shell:showInFolder': { path: { arg: 0, mode: 'read', refused: 'ignore' } },
  'import:docx': { path: { arg: 0, mode: 'read', refused: 'refuse' } },
  'import:folderStart': { path: { arg: 0, mode: 'read', refused: 'refuse' } },
  'import:folderStatus': {},
  'import:folderCancel': {},
  'taxonomy:list': {},
  'library:status': {},
  'library:restoreBackup': {},
  'library:startEmpty': {},
  'library:search': {},
  'library:use': {},
  'library:add': {},
  'library:update': {},
  'library:approve': {},
  'library:remove': {},
  'library:export': {
    path: { arg: 0, mode: 'write', extension: '.thuvien', refused: 'refuse' },
  },
  'library:import': { path: { arg: 0, mode: 'read', refused: 'refuse' } },
  'lineage:rules': {},
  // Versions are earlier contents of a plan: only of one the clerk opened or saved (write grant).
  'versions:list': {
    path: { arg: 0, mode: 'write', extension: '.kehoach', refused: 'refuse' },
  },
  'versions:read': {
    path: { arg: 0, mode: 'write', extension: '.kehoach', refused: 'refuse' },
  },
  'sync:getSettings': {},
  'sync:setSettings': {},
  'sync:disconnect': {},
  'sync:test': {},
  'sync:now': {},
  'sync:status': {},
  'sync:conflicts': {},
  'sync:resolve': {},
  'sync:search': {},
} as const satisfies { readonly [C in Channel]: ChannelPolicy }
