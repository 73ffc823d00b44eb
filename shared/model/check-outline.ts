import type { Finding } from './finding'
import { runsHaveText, runsText } from '../text/runs'
import type { Block, Plan } from './types'

const RULE_BODY = 'Bố cục kế hoạch (thực tiễn UBND các cấp)'
/** Numbering typed by hand at the start of a paragraph ("1.", "a)", "II.", "-"). */
const TYPED_NUMBER = /^\s*(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[-+])\s/u

/** Checks the body: required sections have content, no empty items, no hand-typed numbering. */
export function checkOutline(plan: Plan): Finding[] {
  const out: Finding[] = []
  for (const section of plan.sections) {
    if (section.title.trim() === '') {
      out.push({
        severity: 'error',
        code: 'section.title-missing',
        message: 'Mục chưa có tên.',
        rule: RULE_BODY,
        location: { id: section.id },
      })
    }
    if (section.role !== 'extra' && !blocksHaveText(section.children)) {
      out.push({
        severity: 'error',
        code: 'section.empty',
        message: `Mục bắt buộc “${section.title}” chưa có nội dung.`,
        rule: `${RULE_BODY}: mục đích, yêu cầu; nhiệm vụ, giải pháp; tổ chức thực hiện`,
        location: { id: section.id },
      })
    }
    walk(section.children, out)
  }
  walk(plan.preamble, out)
  if (plan.appendices.length > 0 && !mentionsAppendix(plan)) {
    out.push({
      severity: 'warning',
      code: 'appendix.not-mentioned',
      message: 'Nội dung kế hoạch chưa nhắc đến phụ lục (ví dụ: “Chi tiết tại Phụ lục kèm theo”).',
      rule: 'NĐ 30/2020, Phụ lục I, mục IV: phụ lục kèm theo văn bản',
      location: { field: 'appendices' },
    })
  }
  return out
}

function walk(blocks: readonly Block[], out: Finding[]): void {
  for (const block of blocks) {
    const text = runsText(block.content)
    if (block.type === 'item' && text.trim() === '' && !blocksHaveText(block.children)) {
      out.push({
        severity: 'warning',
        code: 'item.empty',
        message: 'Mục trống, chưa có nội dung.',
        rule: RULE_BODY,
        location: { id: block.id },
      })
    }
    if (TYPED_NUMBER.test(text)) {
      out.push({
        severity: 'warning',
        code: 'item.typed-numbering',
        message: 'Đoạn văn bắt đầu bằng số thứ tự gõ tay; hãy dùng đánh số tự động.',
        rule: 'Đánh số tự động (I., 1., a), -, +)',
        location: { id: block.id },
      })
    }
    if (block.type === 'item') {
      walk(block.children, out)
    }
  }
}

function blocksHaveText(blocks: readonly Block[]): boolean {
  return blocks.some(
    b => runsHaveText(b.content) || (b.type === 'item' && blocksHaveText(b.children))
  )
}

function mentionsAppendix(plan: Plan): boolean {
  const texts: string[] = []
  const collect = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      texts.push(runsText(b.content))
      if (b.type === 'item') {
        collect(b.children)
      }
    }
  }
  collect(plan.preamble)
  plan.sections.forEach(s => collect(s.children))
  plan.closing.forEach(p => texts.push(runsText(p.content)))
  return texts.some(t => /phụ lục|bảng phân công/iu.test(t))
}
