// @vitest-environment happy-dom
import { Editor, Transforms } from 'slate'
import { describe, expect, it } from 'vitest'
import { pasteRunLines } from '../../../renderer/editor/paste'
import { htmlToLines, textToLines, withEdgeSpaces } from '../../../renderer/editor/paste-html'
import type { BodyElement, TopElement } from '../../../renderer/editor/slate-types'
import { block, editorWith, section } from './slate-fixture'

/** What Word 2016 puts on the clipboard for three list paragraphs (trimmed, structure kept). */
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
<style>p.MsoNormal{margin:0cm;font-size:14.0pt}</style>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
</head><body lang=VI style='tab-interval:36.0pt'><!--StartFragment-->
<p class=MsoNormal style='text-indent:1.0cm'><b><span style='font-size:14.0pt'>1. Mục
đích</span></b><o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>a)<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]>Nâng cao <i>chỉ số</i> PAPI;</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span
style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span><![endif]>Tuyên truyền <b>sâu rộng</b>.</p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<!--EndFragment--></body></html>`

/** Google Docs wraps everything in a `<b style="font-weight:normal">`. */
const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700;">Đậm</span><span style="font-weight:400;"> thường</span></p><br><p dir="ltr"><span style="font-style:italic;font-weight:400;">nghiêng</span></p></b>`

describe('htmlToLines (clipboard HTML → lines of runs)', () => {
  it("keeps Word's paragraphs, bold and italic, and turns its list numbers and bullets into typed markers", () => {
    expect(htmlToLines(WORD)).toEqual([
      [{ text: '1. Mục đích', bold: true }],
      [{ text: 'a) Nâng cao ' }, { text: 'chỉ số', italic: true }, { text: ' PAPI;' }],
      [{ text: '- Tuyên truyền ' }, { text: 'sâu rộng', bold: true }, { text: '.' }],
    ])
  })

  it("reads Google Docs' inline styles, where font-weight: normal on <b> wins", () => {
    expect(htmlToLines(GOOGLE_DOCS)).toEqual([
      [{ text: 'Đậm', bold: true }, { text: ' thường' }],
      [{ text: 'nghiêng', italic: true }],
    ])
  })

  it('drops scripts, styles and images, puts table rows on lines and composes Vietnamese to NFC', () => {
    const decomposed = 'Nhiệm vụ'.normalize('NFD')
    const lines = htmlToLines(
      `<style>td{color:red}</style><script>alert(1)</script><img src="x.png" alt="ảnh">` +
        `<table><tr><th>STT</th><th>${decomposed}</th></tr><tr><td>1</td><td>Rà soát</td></tr></table>`
    )
    expect(lines).toEqual([[{ text: 'STT Nhiệm vụ', bold: true }], [{ text: '1 Rà soát' }]])
    expect(lines[0]![0]!.text.normalize('NFC')).toBe(lines[0]![0]!.text)
  })

  it("keeps the line breaks of preformatted text, Word's + bullets, and drops hidden text", () => {
    expect(htmlToLines('<pre>dòng một\ndòng hai</pre>')).toEqual([
      [{ text: 'dòng một' }],
      [{ text: 'dòng hai' }],
    ])
    expect(
      htmlToLines(
        `<p class=MsoListParagraph><span style='mso-list:Ignore'>+<span>&nbsp; </span></span>Cộng một</p>` +
          `<p>Thấy<span style='display:none;mso-hide:all'> ẩn</span> rõ</p>`
      )
    ).toEqual([[{ text: '+ Cộng một' }], [{ text: 'Thấy rõ' }]])
  })

  it('a font-weight it cannot read leaves the enclosing bold alone', () => {
    expect(
      htmlToLines(
        '<b>Đậm <span style="font-weight: inherit">vẫn đậm</span></b> <span style="font-weight: bold !important">đậm</span>'
      )
    ).toEqual([[{ text: 'Đậm vẫn đậm', bold: true }, { text: ' ' }, { text: 'đậm', bold: true }]])
  })

  it('a single pasted line keeps the spaces around it', () => {
    expect(withEdgeSpaces([{ text: 'cường', bold: true }], ' cường ')).toEqual([
      { text: ' cường ', bold: true },
    ])
    expect(withEdgeSpaces([{ text: 'a' }, { text: 'b', italic: true }], 'ab ')).toEqual([
      { text: 'a' },
      { text: 'b ', italic: true },
    ])
  })

  it('plain text gives one unformatted line per non-empty line, tabs as spaces', () => {
    expect(textToLines('  a)\tmột\r\n\r\n- hai  \n')).toEqual([
      [{ text: 'a) một' }],
      [{ text: '- hai' }],
    ])
  })
})

const plan = (): TopElement[] => [
  section('s1', 'purpose', 'MỤC ĐÍCH, YÊU CẦU'),
  block('i1', 'decimal', 0, 'Mục đích'),
  section('s2', 'tasks', 'NHIỆM VỤ'),
  section('s3', 'organization', 'TỔ CHỨC'),
]

describe('pasteRunLines (cleaned lines into the body)', () => {
  it('one line without a marker goes in at the caret with its bold and italic', () => {
    const editor = editorWith(plan())
    Transforms.select(editor, { path: [1, 0], offset: 3 })
    pasteRunLines(editor, [
      [{ text: 'đậm', bold: true }, { text: ' và ' }, { text: 'nghiêng', italic: true }],
    ])
    expect((editor.children[1] as BodyElement).children).toEqual([
      { text: 'Mục' },
      { text: 'đậm', bold: true },
      { text: ' và ' },
      { text: 'nghiêng', italic: true },
      { text: ' đích' },
    ])
  })

  it('lines with markers become numbered blocks, the marker removed across runs, formatting kept', () => {
    const editor = editorWith(plan())
    Transforms.select(editor, Editor.end(editor, [1]))
    pasteRunLines(editor, htmlToLines(WORD))
    const children = editor.children as TopElement[]
    const blocks = children
      .slice(
        1,
        children.findIndex(el => el.type === 'section' && el.id === 's2')
      )
      .filter((el): el is BodyElement => el.type === 'block')
    expect(blocks.map(b => `${b.style}@${b.depth}`)).toEqual([
      'decimal@0',
      'decimal@0',
      'letter@1',
      'dash@2',
    ])
    expect(blocks[1]!.children).toEqual([{ text: 'Mục đích', bold: true }])
    expect(blocks[2]!.children).toEqual([
      { text: 'Nâng cao ' },
      { text: 'chỉ số', italic: true },
      { text: ' PAPI;' },
    ])
    expect(blocks[3]!.children).toEqual([
      { text: 'Tuyên truyền ' },
      { text: 'sâu rộng', bold: true },
      { text: '.' },
    ])
  })
})
