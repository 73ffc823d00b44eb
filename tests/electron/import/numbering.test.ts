import { describe, expect, it } from 'vitest'
import { parseXml } from '../../../electron/main/import/xml-parse'
import { readNumbering } from '../../../shared/import/numbering-read'

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="x">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
    <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
    <w:lvl w:ilvl="4"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`

describe('Word automatic numbering', () => {
  it('resolves formats, levels, continuation across w:num and startOverride restarts', () => {
    const n = readNumbering(parseXml(XML))
    expect(n.next('4', 0)).toBe('I.')
    expect(n.next('1', 0)).toBe('1.')
    expect(n.next('1', 1)).toBe('1.1.')
    expect(n.next('1', 1)).toBe('1.2.')
    expect(n.next('1', 2)).toBe('a)')
    expect(n.next('1', 2)).toBe('b)')
    expect(n.next('1', 3)).toBe('-')
    expect(n.next('1', 4)).toBe('+')
    expect(n.next('4', 0)).toBe('II.')
    // Another w:num of the same abstract list continues it …
    expect(n.next('2', 0)).toBe('2.')
    expect(n.next('2', 2)).toBe('a)')
    // … unless it restarts with a startOverride.
    expect(n.next('3', 0)).toBe('1.')
    expect(n.next('3', 0)).toBe('2.')
    expect(n.next('9', 0)).toBeUndefined()
  })
})

const OVERRIDES = `<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="x">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
    <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/><w:lvl w:ilvl="1"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%2-"/></w:lvl></w:lvlOverride></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`

describe('w:lvlOverride with a full w:lvl and nested bullets', () => {
  it('replaces that level for that w:num only', () => {
    const n = readNumbering(parseXml(OVERRIDES))
    expect(n.next('1', 0)).toBe('1.')
    expect(n.next('1', 1)).toBe('a)')
    expect(n.next('2', 1)).toBe('I-')
    expect(n.next('2', 1)).toBe('II-')
    // The list's own level 1 is untouched.
    expect(n.next('1', 0)).toBe('2.')
    expect(n.next('1', 1)).toBe('a)')
  })

  it('prints a bullet under a bullet as +', () => {
    const n = readNumbering(parseXml(OVERRIDES))
    expect(n.next('3', 0)).toBe('-')
    expect(n.next('3', 1)).toBe('+')
    expect(n.next('3', 0)).toBe('-')
  })
})

describe('numbering carried by a paragraph style', () => {
  it('numbers paragraphs whose style has w:numPr (List Number)', async () => {
    const { Document, LevelFormat, Paragraph, TextRun } = await import('docx')
    const { importDocx } = await import('../../../electron/main/import/import-docx')
    const { docBytes } = await import('../../shared/import/docx-bytes')
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'roman',
            levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' }],
          },
        ],
      },
      styles: {
        paragraphStyles: [
          {
            id: 'Muc',
            name: 'Muc',
            basedOn: 'Normal',
            paragraph: { numbering: { reference: 'roman', level: 0 } },
            run: { bold: true },
          },
        ],
      },
      sections: [
        {
          children: ['MỤC ĐÍCH', 'NHIỆM VỤ', 'TỔ CHỨC THỰC HIỆN'].map(
            t => new Paragraph({ style: 'Muc', children: [new TextRun(t)] })
          ),
        },
      ],
    })
    const result = await importDocx(await docBytes(doc))
    if (!result.ok) {
      throw new Error(result.error.message)
    }
    expect(result.value.plan.sections.map(s => s.title)).toEqual([
      'MỤC ĐÍCH',
      'NHIỆM VỤ',
      'TỔ CHỨC THỰC HIỆN',
    ])
  })
})
