/**
 * The names of the contract's channels, kept free of any dependency so the preload (which only
 * needs the names) stays small. `contract.ts` checks at compile time that it matches the Api.
 */
export const CHANNELS = [
  'app:info',
  'samples:list',
  'samples:open',
  'plan:open',
  'plan:save',
  'profile:get',
  'profile:set',
  'recent:list',
  'autosave:write',
  'autosave:list',
  'autosave:read',
  'autosave:discard',
  'dialog:pickOpen',
  'dialog:pickSave',
  'window:close',
  'export:docx',
  'export:preflight',
  'shell:showInFolder',
  'import:docx',
  'import:folderStart',
  'import:folderStatus',
  'import:folderCancel',
  'taxonomy:list',
  'library:status',
  'library:restoreBackup',
  'library:startEmpty',
  'library:search',
  'library:use',
  'library:add',
  'library:update',
  'library:approve',
  'library:remove',
  'library:export',
  'library:import',
] as const

/** A channel name. */
export type ChannelName = (typeof CHANNELS)[number]
