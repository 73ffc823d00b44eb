import { Document, Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { importDocx } from '../../../electron/main/import/import-docx'
import { docBytes } from '../../shared/import/docx-bytes'

describe('importDocx converts runs in TCVN3 and VNI fonts', () => {
  it('turns .VnTime, .VnTimeH and VNI-Times text into Unicode NFC', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [new TextRun({ text: 'kÕ ho\u00b9ch', font: '.VnTimeH', bold: true })],
            }),
            new Paragraph({
              children: [
                new TextRun({
                  text: 'C\u00b6i c\u00b8ch h\u00b5nh ch\u00ddnh',
                  font: '.VnTime',
                  bold: true,
                }),
              ],
            }),
            new Paragraph({
              children: [
                new TextRun({ text: 'I. MUÏC ÑÍCH, YEÂU CAÀU', font: 'VNI-Times', bold: true }),
              ],
            }),
            new Paragraph({
              children: [new TextRun({ text: 'Ta\u0306ng cu\u031bo\u031b\u0300ng' })],
            }),
          ],
        },
      ],
    })
    const result = await importDocx(await docBytes(doc))
    if (!result.ok) {
      throw new Error(result.error.message)
    }
    const { plan, report } = result.value
    expect(plan.subject).toBe('Cải cách hành chính')
    expect(plan.sections[0]?.title).toBe('MỤC ĐÍCH, YÊU CẦU')
    expect(plan.closing[0]?.content).toEqual([{ text: 'Tăng cường' }])
    expect(report.legacyRuns).toBe(3)
  })
})
