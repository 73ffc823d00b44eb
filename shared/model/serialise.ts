import { PLAN_FILE_FORMAT, SCHEMA_VERSION, type Plan, type PlanFile } from './types'

/** The `.kehoach` file text of a plan: UTF-8 JSON envelope, two-space indented, ending in a newline. */
export function serialisePlan(plan: Plan): string {
  const file: PlanFile = { format: PLAN_FILE_FORMAT, schemaVersion: SCHEMA_VERSION, plan }
  return `${JSON.stringify(file, null, 2)}\n`
}
