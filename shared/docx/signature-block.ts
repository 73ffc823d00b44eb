import { AlignmentType, Paragraph, TableRow } from 'docx'
import type { Table } from 'docx'
import type { Plan } from '../model/types'
import { textRun } from './inline'
import type { LayoutSettings } from './layout-settings'
import { centredParagraph, emptyParagraph } from './paragraphs'
import { fixedCell, fixedTable, widthsToTwips } from './table-helpers'
import { ptToTwips } from './units'

/** Space (pt) between the last body paragraph and the signature row. */
const GAP = 12

const left = (size: number, text: string, style: { bold?: boolean; italic?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: 0, after: 0 },
    children: [textRun(text, { size, ...style })],
  })

const bare = (text: string): string =>
  text
    .trim()
    .replace(/^[-–]\s*/u, '')
    .replace(/[\s;.,]+$/u, '')

function recipientsCell(plan: Plan, s: LayoutSettings): Paragraph[] {
  const label = new Paragraph({
    alignment: AlignmentType.LEFT,
    // 12 pt beside a 14 pt line: a little space above brings the two baselines level.
    spacing: { before: ptToTwips(GAP + (s.signatureSize - s.recipientsLabelSize) * 0.9), after: 0 },
    children: [textRun('Nơi nhận:', { size: s.recipientsLabelSize, bold: true, italic: true })],
  })
  const lines = plan.recipients
    .map(r => bare(r.text))
    .filter(t => t !== '')
    .map(t => left(s.recipientsSize, `- ${t};`))
  const archive = bare(plan.archive) === '' ? 'VT' : bare(plan.archive)
  return [label, ...lines, left(s.recipientsSize, `- Lưu: ${archive}.`)]
}

function signatureCell(plan: Plan, s: LayoutSettings): Paragraph[] {
  const lines = plan.signature.lines
    .filter(l => l.text.trim() !== '')
    .map((l, i) => {
      const text = `${l.prefix ? `${l.prefix}. ` : ''}${l.text.trim().toLocaleUpperCase('vi')}`
      return centredParagraph(
        [textRun(text, { size: s.signatureSize, bold: true })],
        i === 0 ? GAP : 0
      )
    })
  const room = Array.from({ length: s.signatureBlankLines }, () => emptyParagraph(s.signatureSize))
  const signer = centredParagraph([
    textRun(plan.signature.signer.trim(), { size: s.signerSize, bold: true }),
  ])
  return [...lines, ...room, signer]
}

/** Nơi nhận beside the signature: a borderless 2-column table whose single row never splits. */
export function buildSignatureBlock(plan: Plan, s: LayoutSettings): Table {
  const widths = widthsToTwips(s.signatureColumns)
  const [l = 0, r = 0] = widths
  const row = new TableRow({
    cantSplit: true,
    children: [fixedCell(l, recipientsCell(plan, s)), fixedCell(r, signatureCell(plan, s))],
  })
  return fixedTable(widths, [row], { bordered: false, cellMargin: 0 })
}
