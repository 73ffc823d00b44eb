import type { Finding } from '../finding'
import type { Plan } from '../types'
import { planTexts } from './plan-texts'
import { RULES } from './rule-kit'

const RULE = `${RULES.consistency}: Tổ chức thực hiện quy định chế độ báo cáo (ai báo cáo, gửi ai, khi nào)`

/** A reporting duty: `báo cáo kết quả`, `báo cáo định kỳ`, `báo cáo … về UBND`, `chế độ báo cáo`, `tổng hợp, báo cáo`. */
const REPORTING =
  /báo cáo (?:kết quả|định kỳ|tình hình|việc|tiến độ|về|gửi|đánh giá|sơ kết|tổng kết|UBND|Ủy ban|Chủ tịch|cấp trên)|chế độ (?:thông tin, )?báo cáo|tổng hợp,? (?:và )?báo cáo|tham mưu,? báo cáo|báo cáo (?:\p{L}+ ){0,6}(?:trước ngày|hằng|hàng|6 tháng|quý|năm)/iu

/**
 * A reporting regime exists: somewhere in Tổ chức thực hiện, the closing, or an appendix, the
 * plan says who reports what and when. Only checked once Tổ chức thực hiện has content.
 */
export function checkReporting(plan: Plan): Finding[] {
  const texts = planTexts(plan)
  const org = texts.filter(t => t.section === 'organization' && t.kind !== 'heading')
  if (org.every(t => t.text.trim() === '')) {
    return []
  }
  const places = texts.filter(
    t => t.section === 'organization' || t.kind === 'closing' || t.kind === 'cell'
  )
  if (places.some(t => REPORTING.test(t.text))) {
    return []
  }
  return [
    {
      severity: 'warning',
      code: 'consistency.reporting-missing',
      message:
        'Kế hoạch chưa quy định chế độ báo cáo (cơ quan nào báo cáo kết quả, gửi ai, thời hạn nào).',
      rule: RULE,
      location: { id: plan.sections.find(s => s.role === 'organization')?.id ?? '' },
    },
  ]
}
