import { isFlag } from '../../../shared/lineage/review/kind-labels'
import type { MadePlan } from './lineage-session'

/** The notice shown when a made plan opens: what was made, how many changes and checks. */
export function madeNotice(made: MadePlan): string {
  const flags = made.session.changes.filter(isFlag).length
  const changes = made.session.changes.length - flags
  const what =
    made.plan.provenance?.kind === 'derive'
      ? 'Đã lập kế hoạch triển khai'
      : `Đã lập kế hoạch năm ${made.plan.header.date.year ?? 'mới'}`
  return `${what}: ${changes} thay đổi, ${flags} chỗ cần xem lại (thẻ “Rà soát”). Kế hoạch nguồn không bị sửa; hãy lưu kế hoạch mới.`
}
