import { z } from 'zod'
import { TASK_FIELDS, type Block, type TaskField } from '../model/types'

/**
 * Structural schemas for clause fragments arriving from outside (an imported library file):
 * enough to be sure the editor can insert them, nothing about the plan rules.
 */

const tags = z.object({ papi: z.string().optional(), cchc: z.string().optional() })
const textRun = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
})
const footnoteRun = z.object({
  type: z.literal('footnote'),
  id: z.string(),
  content: z.array(textRun),
})
const run = z.union([footnoteRun, textRun])

const paragraph = z.object({
  type: z.literal('paragraph'),
  id: z.string(),
  content: z.array(run),
  tags: tags.optional(),
})

/** A Block (paragraph or item with nested blocks). */
export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.union([
    paragraph,
    z.object({
      type: z.literal('item'),
      id: z.string(),
      style: z.enum(['decimal', 'letter', 'dash', 'plus']),
      heading: z.boolean().optional(),
      content: z.array(run),
      children: z.array(blockSchema),
      tags: tags.optional(),
    }),
  ])
)

const taskField = z.enum(TASK_FIELDS as [TaskField, ...TaskField[]])

/** A TaskRow. */
export const taskRowSchema = z.object({
  type: z.literal('task'),
  id: z.string(),
  fields: z.partialRecord(taskField, z.string()),
  custom: z.record(z.string(), z.string()).optional(),
  sameCriterion: z.boolean().optional(),
  tags: tags.optional(),
})

/** A ClauseFragment, discriminated by kind. */
export const fragmentSchema = z.union([
  z.object({ kind: z.enum(['paragraph', 'item']), block: blockSchema }),
  z.object({ kind: z.literal('task-row'), row: taskRowSchema }),
  z.object({
    kind: z.literal('basis'),
    line: z.object({ id: z.string(), content: z.array(run) }),
  }),
  z.object({ kind: z.enum(['recipient', 'section-heading']), text: z.string() }),
])
