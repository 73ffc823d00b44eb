import { z } from 'zod'
import { clauseDraftSchema, clausePatchSchema } from '../library/clause-schemas'
import { serverSettingsSchema } from '../library/server-settings-schema'
import type { AgencyProfile } from '../model/profile'
import { VERSION_ID_PATTERN } from '../versions/types'
import type { Api, Channel } from './contract'

/**
 * The contract's validators: one zod schema per channel for its arguments, checked in main before
 * any handler runs (the renderer is untrusted). A plan argument is `z.unknown()` here: main
 * restores it (see `policy.ts`), which repairs what a schema could only refuse.
 */

const path = z.string().min(1).max(4096)
const line = z.string().max(500)
const signatureLine = z.object({
  prefix: z.enum(['TM', 'KT', 'Q', 'TL', 'TUQ']).optional(),
  text: line,
})

/** Schema of an agency profile (hồ sơ đơn vị), shared by the IPC check and the settings file. */
export const profileSchema: z.ZodType<AgencyProfile> = z.object({
  agency: z.array(line).max(6),
  parentAgency: z.array(line).max(4).optional(),
  agencyAbbr: z.string().max(30),
  level: z.enum(['tinh', 'huyen', 'xa']).optional(),
  place: line,
  signatureLines: z.array(signatureLine).max(6),
  signer: line,
  recipients: z.array(line).max(100),
  archive: line,
})
const sampleId = z.enum(['000', '001', '002', '003', '004'])
const fileKind = z.enum(['plan', 'docx', 'library', 'folder'])
const jobId = z.string().regex(/^job\d{1,9}$/)
const clauseId = z.string().min(1).max(64)
const searchOptions = z.object({
  limit: z.number().int().min(1).max(200).optional(),
  filters: z
    .object({
      kind: z
        .enum(['paragraph', 'item', 'task-row', 'recipient', 'basis', 'section-heading'])
        .optional(),
      papi: z.string().max(16).optional(),
      cchc: z.string().max(16).optional(),
      section: z.enum(['purpose', 'tasks', 'extra', 'organization']).optional(),
      level: z.enum(['tinh', 'huyen', 'xa']).optional(),
      year: z.number().int().min(1900).max(2200).optional(),
      status: z.enum(['approved', 'harvested']).optional(),
      source: z.string().max(200).optional(),
    })
    .optional(),
})
const autosaveId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
const serverPassword = z.string().max(1000)
const clauseUid = z.uuid()

/** Argument schemas, checked in main for every call: the renderer is untrusted. */
export const argSchemas: { readonly [C in Channel]: z.ZodType<Parameters<Api[C]>> } = {
  'app:info': z.tuple([]),
  'samples:list': z.tuple([]),
  'samples:open': z.tuple([sampleId]),
  'plan:open': z.tuple([path]),
  'plan:save': z.tuple([path, z.unknown()]),
  'profile:get': z.tuple([]),
  'profile:set': z.tuple([profileSchema]),
  'recent:list': z.tuple([]),
  'autosave:write': z.tuple([autosaveId, z.object({ path: path.optional() }), z.unknown()]),
  'autosave:list': z.tuple([]),
  'autosave:read': z.tuple([autosaveId]),
  'autosave:discard': z.tuple([autosaveId]),
  'dialog:pickOpen': z.tuple([fileKind]),
  'dialog:pickSave': z.tuple([fileKind, z.string().max(255)]),
  'window:close': z.tuple([]),
  'export:docx': z.tuple([path, z.unknown(), z.boolean()]),
  'export:preflight': z.tuple([z.unknown()]),
  'export:compareDocx': z.tuple([path, z.unknown(), z.unknown()]),
  'shell:showInFolder': z.tuple([path]),
  'import:docx': z.tuple([path]),
  'import:folderStart': z.tuple([path]),
  'import:folderStatus': z.tuple([jobId]),
  'import:folderCancel': z.tuple([jobId]),
  'taxonomy:list': z.tuple([]),
  'library:status': z.tuple([]),
  'library:restoreBackup': z.tuple([]),
  'library:startEmpty': z.tuple([]),
  'library:search': z.tuple([z.string().max(2000), searchOptions]),
  'library:use': z.tuple([clauseId]),
  'library:add': z.tuple([clauseDraftSchema]),
  'library:update': z.tuple([clauseId, clausePatchSchema]),
  'library:approve': z.tuple([clauseId]),
  'library:remove': z.tuple([clauseId]),
  'library:export': z.tuple([path, z.array(clauseId).max(100_000).optional()]),
  'library:import': z.tuple([path]),
  'lineage:rules': z.tuple([z.enum(['huyen', 'xa'])]),
  'versions:list': z.tuple([path]),
  'versions:read': z.tuple([path, z.string().regex(VERSION_ID_PATTERN)]),
  'sync:getSettings': z.tuple([]),
  'sync:setSettings': z.union([
    z.tuple([serverSettingsSchema]),
    z.tuple([serverSettingsSchema, serverPassword]),
  ]),
  'sync:disconnect': z.tuple([]),
  'sync:test': z.union([
    z.tuple([serverSettingsSchema]),
    z.tuple([serverSettingsSchema, serverPassword]),
  ]),
  'sync:now': z.tuple([]),
  'sync:status': z.tuple([]),
  'sync:conflicts': z.tuple([]),
  'sync:resolve': z.tuple([clauseUid, z.enum(['mine', 'theirs', 'both'])]),
  'sync:search': z.tuple([z.string().max(2000), searchOptions]),
}
