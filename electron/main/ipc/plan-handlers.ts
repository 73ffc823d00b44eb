import { ok } from '../../../shared/result'
import { exportDocx, preflightPlan } from '../export/export-handler'
import { Autosave } from '../files/autosave'
import { loadTaxonomies } from '../files/taxonomies'
import { readPlanFile, writePlanFile } from '../files/plan-files'
import { Samples } from '../files/samples'
import type { VersionStore } from '../files/versions/version-store'
import type { Handlers } from './handler-types'
import { touchRecent, type HandlerContext } from './host'

type PlanChannel =
  | 'samples:list'
  | 'samples:open'
  | 'plan:open'
  | 'plan:save'
  | 'recent:list'
  | 'autosave:write'
  | 'autosave:list'
  | 'autosave:read'
  | 'autosave:discard'
  | 'export:docx'
  | 'export:preflight'

/**
 * Plan files: samples, open and save (each save also kept as a version), the recent list,
 * autosave, Word export.
 */
export function planHandlers(
  { host, recent, grant }: HandlerContext,
  versions: VersionStore
): Pick<Handlers, PlanChannel> {
  const autosave = new Autosave(host.dataDir)
  // What saves killed by a crash or power cut left behind goes at start-up.
  autosave.removeStaleTemps()
  recent.removeStaleTemps()
  const samples = new Samples(host.resourcesDir)
  return {
    'samples:list': async () => samples.list(),
    'samples:open': async id => samples.open(id),
    'plan:open': async file => {
      const opened = readPlanFile(file)
      if (opened.ok) {
        // A plan the clerk opened is theirs to save back (Ctrl+S).
        grant(opened.value.path, 'write')
        touchRecent(recent, opened.value.path, opened.value.plan.subject)
      }
      return opened
    },
    'plan:save': async (file, { plan, repairs }) => {
      const written = writePlanFile(file, plan)
      if (!written.ok) {
        return written
      }
      touchRecent(recent, file, plan.subject)
      // The plan is safe on disk; a version that cannot be kept (full disk, locked folder) must
      // not turn that into a failed save, nor make the clerk wait for it.
      versions.recordSoon(file, plan)
      return ok({ path: file, repairs })
    },
    'recent:list': async () => recent.list(),
    'autosave:write': async (id, meta, { plan }) => autosave.write(id, meta.path, plan),
    'autosave:list': async () => autosave.list(),
    'autosave:read': async id => {
      const read = autosave.read(id)
      if (read.ok) {
        grant(read.value.path || undefined, 'write')
      }
      return read
    },
    'autosave:discard': async id => autosave.discard(id),
    'export:docx': async (file, { plan }, allowErrors) => exportDocx(file, plan, allowErrors),
    'export:preflight': async ({ plan }) =>
      ok(preflightPlan(plan, loadTaxonomies(host.resourcesDir, host.dataDir))),
  }
}
