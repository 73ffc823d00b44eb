import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { LevelWordRules, PhraseRule } from '../../../shared/lineage'

/** The rule data derivePlan needs for one level. */
export type LineageRules = {
  readonly levelWords: LevelWordRules
  readonly agencies: readonly PhraseRule[]
}

const rule = z.object({ from: z.string().min(1).max(300), to: z.string().max(300) })
const levelWordsFile = z.object({
  levels: z.record(
    z.enum(['huyen', 'xa']),
    z.object({ rewrite: z.array(rule), upperOnly: z.array(z.string().max(300)) })
  ),
})
const agenciesFile = z.object({ levels: z.record(z.enum(['huyen', 'xa']), z.array(rule)) })

/** Where the clerk's editable agency map lives in the data folder. */
export function agencyMapPath(dataDir: string): string {
  return path.join(dataDir, 'lineage', 'agencies.json')
}

/**
 * The rules for deriving a plan at `level`: the shipped level words, and the agency map from the
 * data folder (copied there from the bundled one on first use, so the clerk can edit it). An
 * unreadable or invalid user file is ignored and the bundled map is used.
 */
export function loadLineageRules(
  resourcesDir: string,
  dataDir: string,
  level: 'huyen' | 'xa'
): LineageRules {
  const bundledWords = levelWordsFile.parse(
    readJson(path.join(resourcesDir, 'lineage', 'level-words.json'))
  )
  const bundledAgencies = path.join(resourcesDir, 'lineage', 'agencies.json')
  const userAgencies = agencyMapPath(dataDir)
  if (!fs.existsSync(userAgencies)) {
    try {
      fs.mkdirSync(path.dirname(userAgencies), { recursive: true })
      fs.copyFileSync(bundledAgencies, userAgencies, fs.constants.COPYFILE_EXCL)
    } catch {
      // A read-only data folder: the bundled map still works.
    }
  }
  const user = agenciesFile.safeParse(safeReadJson(userAgencies))
  const agencies = user.success ? user.data : agenciesFile.parse(readJson(bundledAgencies))
  const words = bundledWords.levels[level]
  return {
    levelWords: words ?? { rewrite: [], upperOnly: [] },
    agencies: agencies.levels[level] ?? [],
  }
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

function safeReadJson(file: string): unknown {
  try {
    return readJson(file)
  } catch {
    return undefined
  }
}
