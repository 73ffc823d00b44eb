import type { Question } from './dialog/questions'

/** A file "Mở…" cannot open as a plan but "Mở từ Word…" can import. */
export type WordFileKind = 'word' | 'pdf'

/** Whether `path` names a Word (.docx, .doc) or PDF file, by its extension. */
export function wordFileKind(path: string): WordFileKind | undefined {
  const lower = path.toLowerCase()
  if (lower.endsWith('.docx') || lower.endsWith('.doc')) {
    return 'word'
  }
  return lower.endsWith('.pdf') ? 'pdf' : undefined
}

/** The offer made when "Mở…" is given a Word or PDF file: import it into a new plan. */
export function wordFileQuestion(kind: WordFileKind): Question<'import' | 'cancel'> {
  return {
    title: 'Mở tệp',
    message:
      kind === 'word'
        ? 'Tệp này là tệp Word. Nhập vào kế hoạch mới?'
        : 'Tệp này là tệp PDF. Nhập vào kế hoạch mới?',
    answers: [
      { value: 'import', label: 'Nhập vào kế hoạch mới' },
      { value: 'cancel', label: 'Hủy' },
    ],
    cancel: 'cancel',
  }
}
