import path from 'node:path'
import type { OpenedPlan, SampleId, SampleInfo } from '../../../shared/ipc/contract'
import { err, ok, type Result } from '../../../shared/result'
import { issuerLabel } from '../../../shared/model/issuer-label'
import { readPlanFile } from './plan-files'

const SAMPLE_IDS: readonly SampleId[] = ['000', '001', '002', '003', '004']

/** The bundled sample plans in `<resourcesDir>/samples`. */
export class Samples {
  constructor(private readonly resourcesDir: string) {}

  /** Lists the samples that are present and readable. */
  list(): SampleInfo[] {
    return SAMPLE_IDS.flatMap(id => {
      const opened = readPlanFile(this.file(id))
      if (!opened.ok) {
        return []
      }
      const { plan } = opened.value
      const year = plan.header.date.year
      return [
        { id, title: plan.subject, issuer: issuerLabel(plan.header), ...(year ? { year } : {}) },
      ]
    })
  }

  /** Opens a sample as a new, unsaved plan (no path: saving asks where). */
  open(id: SampleId): Result<OpenedPlan> {
    const opened = readPlanFile(this.file(id))
    if (!opened.ok) {
      return err('sample.missing', `Không mở được kế hoạch mẫu ${id}: ${opened.error.message}`)
    }
    return ok({ ...opened.value, path: '' })
  }

  private file(id: SampleId): string {
    return path.join(this.resourcesDir, 'samples', `${id}.kehoach`)
  }
}
