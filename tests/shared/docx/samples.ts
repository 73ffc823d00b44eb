import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { restorePlanFile } from '../../../shared/model/restore'
import type { Block, Plan } from '../../../shared/model/types'
import { runsText } from '../../../shared/text/runs'

const SAMPLES = new URL('../../../resources/samples/', import.meta.url).pathname

/** The sample plans in resources/samples (empty when none exist yet). */
export function loadSamples(): { readonly name: string; readonly plan: Plan }[] {
  if (!existsSync(SAMPLES)) {
    return []
  }
  return readdirSync(SAMPLES)
    .filter(f => f.endsWith('.kehoach'))
    .sort()
    .flatMap(name => {
      const restored = restorePlanFile(JSON.parse(readFileSync(join(SAMPLES, name), 'utf8')))
      return restored.ok ? [{ name, plan: restored.plan }] : []
    })
}

function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap(b => [
    runsText(b.content),
    ...(b.type === 'item' ? blockTexts(b.children) : []),
  ])
}

/** Every body paragraph's plain text (labels and end marks excluded), non-blank. */
export function planTexts(plan: Plan): string[] {
  return [
    plan.subject,
    ...plan.bases.map(b => runsText(b.content)),
    ...blockTexts(plan.preamble),
    ...plan.sections.flatMap(s => [s.title, ...blockTexts(s.children)]),
    ...plan.closing.map(p => runsText(p.content)),
    ...plan.recipients.map(r => r.text),
    plan.signature.signer,
  ].filter(t => t.trim() !== '')
}
