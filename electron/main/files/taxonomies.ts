import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { Taxonomy, TaxonomyItem } from '../../../shared/model/taxonomy'

const item: z.ZodType<TaxonomyItem> = z.lazy(() =>
  z.object({
    code: z.string().min(1).max(16),
    name: z.string().max(300),
    children: z.array(item).optional(),
  })
)
const taxonomySchema = z.object({
  id: z.string().min(1).max(32),
  name: z.string().max(200),
  items: z.array(item),
})

/**
 * The taxonomies: the bundled ones in `<resources>/taxonomies/*.json`, replaced by a file of the
 * same id in `<dataDir>/taxonomies/` so a clerk can extend them when an index changes.
 */
export function loadTaxonomies(resourcesDir: string, dataDir: string): Taxonomy[] {
  const byId = new Map<string, Taxonomy>()
  for (const dir of [path.join(resourcesDir, 'taxonomies'), path.join(dataDir, 'taxonomies')]) {
    let names: string[] = []
    try {
      names = fs
        .readdirSync(dir)
        .filter(n => n.endsWith('.json'))
        .sort()
    } catch {
      continue
    }
    for (const name of names) {
      try {
        const parsed = taxonomySchema.safeParse(
          JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))
        )
        if (parsed.success) {
          byId.set(parsed.data.id, parsed.data)
        }
      } catch {
        // An unreadable user file is ignored; the bundled taxonomy stays in force.
      }
    }
  }
  return [...byId.values()]
}
