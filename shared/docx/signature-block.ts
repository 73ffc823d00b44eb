import { AlignmentType, Paragraph, TableRow } from 'docx'
import type { Table } from 'docx'
import type { Plan } from '../model/types'
import { textRun } from './inline'
import type { LayoutSettings } from './layout-settings'
import type { LineHook } from './line-hook'
import { centredParagraph, emptyParagraph } from './paragraphs'
import { archiveLine, authorityLines, recipientLine } from './printed-lines'
import { fixedCell, fixedTable, widthsToTwips } from './table-helpers'
import { ptToTwips } from './units'

/** Space (pt) between the last body paragraph and the signature row. */
const GAP = 12

/** A Nơi nhận line, drawn by the hook when it draws line `key`. */
function recipientParagraph(
  key: string,
  text: string,
  size: number,
  lines?: LineHook
): Paragraph[] {
  const style = { size }
  const drawn = lines?.line(key, text, style)
  return [...(lines?.before(key, style) ?? []), drawn ?? { children: [textRun(text, style)] }].map(
    line =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
        ...(line.mark === undefined ? {} : { run: line.mark }),
        children: line.children,
      })
  )
}

function recipientsCell(plan: Plan, s: LayoutSettings, lines?: LineHook): Paragraph[] {
  const label = new Paragraph({
    alignment: AlignmentType.LEFT,
    // 12 pt beside a 14 pt line: a little space above brings the two baselines level.
    spacing: { before: ptToTwips(GAP + (s.signatureSize - s.recipientsLabelSize) * 0.9), after: 0 },
    children: [textRun('Nơi nhận:', { size: s.recipientsLabelSize, bold: true, italic: true })],
  })
  const size = s.recipientsSize
  const recipients = plan.recipients.flatMap(r => {
    const text = recipientLine(r.text)
    return text === undefined ? [] : recipientParagraph(`recipient:${r.id}`, text, size, lines)
  })
  const archive = recipientParagraph('archive', archiveLine(plan.archive), size, lines)
  return [label, ...recipients, ...archive]
}

function signatureCell(plan: Plan, s: LayoutSettings, lines?: LineHook): Paragraph[] {
  const texts = authorityLines(plan)
  const style = { size: s.signatureSize, bold: true }
  // A drawn authority is one paragraph, its lines broken, so a change can span lines.
  const drawn = lines?.line('signature:lines', texts.join('\n'), style)
  const authority =
    drawn === undefined
      ? texts.map((text, i) => centredParagraph([textRun(text, style)], i === 0 ? GAP : 0))
      : [centredParagraph(drawn.children, GAP)]
  const room = Array.from({ length: s.signatureBlankLines }, () => emptyParagraph(s.signatureSize))
  const signerText = plan.signature.signer.trim()
  const signerStyle = { size: s.signerSize, bold: true }
  const signer = centredParagraph(
    lines?.line('signature:signer', signerText, signerStyle)?.children ?? [
      textRun(signerText, signerStyle),
    ]
  )
  return [...authority, ...room, signer]
}

/**
 * Nơi nhận beside the signature: a borderless 2-column table whose single row never splits.
 * `lines` draws over the Nơi nhận lines and the signature (the tracked changes of a comparison).
 */
export function buildSignatureBlock(plan: Plan, s: LayoutSettings, lines?: LineHook): Table {
  const widths = widthsToTwips(s.signatureColumns)
  const [l = 0, r = 0] = widths
  const row = new TableRow({
    cantSplit: true,
    children: [
      fixedCell(l, recipientsCell(plan, s, lines)),
      fixedCell(r, signatureCell(plan, s, lines)),
    ],
  })
  return fixedTable(widths, [row], { bordered: false, cellMargin: 0 })
}
