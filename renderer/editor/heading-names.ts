import { Node } from 'slate'
import { DEFAULT_SECTION_TITLES } from '../../shared/model/create-plan'
import type { SectionElement } from './slate-types'

/** What an emptied extra section heading shows in place of its name. */
const EXTRA_PLACEHOLDER = 'TÊN MỤC (ví dụ: KINH PHÍ THỰC HIỆN)'

/** The grey name an emptied section heading shows where its text goes: the section's own name. */
export function headingPlaceholder(element: SectionElement): string {
  return element.role === 'extra' ? EXTRA_PLACEHOLDER : DEFAULT_SECTION_TITLES[element.role]
}

/**
 * Why Backspace at the start of a heading (or in an emptied one) does nothing, for the notice
 * bar: a required section cannot be deleted; an extra one goes with its "✕ xóa mục" button.
 */
export function headingBackspaceMessage(element: SectionElement): string {
  const text = Node.string(element).trim()
  const title =
    text !== '' ? text : element.role === 'extra' ? '' : DEFAULT_SECTION_TITLES[element.role]
  const name = title === '' ? 'này' : `«${sentenceCase(title)}»`
  return element.role === 'extra'
    ? `Để xóa mục ${name}, bấm nút “✕ xóa mục” bên phải tên mục; nội dung chuyển lên mục trên.`
    : `Mục ${name} là phần bắt buộc của kế hoạch, không xóa được.`
}

/** `MỤC ĐÍCH, YÊU CẦU` → `Mục đích, yêu cầu`. */
function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi')
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1)
}
