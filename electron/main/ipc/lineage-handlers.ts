import { loadLineageRules } from '../files/lineage-rules'
import type { Handlers } from './handler-types'
import type { HandlerContext } from './host'

/** Plan lineage: the rule data a derived plan needs (level words, the clerk's agency map). */
export function lineageHandlers({ host }: HandlerContext): Pick<Handlers, 'lineage:rules'> {
  return {
    'lineage:rules': async level => loadLineageRules(host.resourcesDir, host.dataDir, level),
  }
}
