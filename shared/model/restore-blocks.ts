import { allowedChildStyles, childParentKind, type ParentKind } from './outline-rules'
import type { RestoreContext } from './restore-context'
import type { Block, FootnoteRun, Item, ItemStyle, Paragraph, Run, Tags, TextRun } from './types'

const STYLES: readonly ItemStyle[] = ['decimal', 'letter', 'dash', 'plus']

/** Restores optional taxonomy tags. */
export function restoreTags(raw: unknown, path: string, ctx: RestoreContext): Tags | undefined {
  const obj = ctx.object(raw, path, 'nhãn phân loại')
  if (!obj) {
    return undefined
  }
  const papi = ctx.optionalString(obj.papi, `${path}.papi`)
  const cchc = ctx.optionalString(obj.cchc, `${path}.cchc`)
  return papi || cchc ? { ...(papi ? { papi } : {}), ...(cchc ? { cchc } : {}) } : undefined
}

/** Restores a plain text run. */
export function restoreTextRun(
  raw: unknown,
  path: string,
  ctx: RestoreContext
): TextRun | undefined {
  if (typeof raw === 'string') {
    ctx.repair(path, 'Chuyển văn bản thô thành đoạn chữ.')
    return { text: ctx.string(raw, path) }
  }
  const obj = ctx.object(raw, path, 'đoạn chữ')
  if (!obj) {
    return undefined
  }
  return {
    text: ctx.string(obj.text, `${path}.text`),
    ...(ctx.flag(obj.bold) ? { bold: true } : {}),
    ...(ctx.flag(obj.italic) ? { italic: true } : {}),
  }
}

/** Restores inline runs (text and footnotes). */
export function restoreRuns(raw: unknown, path: string, ctx: RestoreContext): Run[] {
  if (typeof raw === 'string') {
    ctx.repair(path, 'Chuyển văn bản thô thành đoạn chữ.')
    const text = ctx.string(raw, path)
    return text === '' ? [] : [{ text }]
  }
  const out: Run[] = []
  ctx.array(raw, path).forEach((item, i) => {
    const p = `${path}[${i}]`
    const obj =
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : undefined
    if (obj?.type === 'footnote') {
      const footnote: FootnoteRun = {
        type: 'footnote',
        id: ctx.id(obj.id, `${p}.id`),
        content: textRuns(obj.content, `${p}.content`, ctx),
      }
      out.push(footnote)
      return
    }
    const run = restoreTextRun(item, p, ctx)
    if (run) {
      out.push(run)
    }
  })
  return out
}

function textRuns(raw: unknown, path: string, ctx: RestoreContext): TextRun[] {
  return restoreRuns(raw, path, ctx).flatMap(run => ('type' in run ? run.content : [run]))
}

/** Restores a paragraph. */
export function restoreParagraph(
  raw: unknown,
  path: string,
  ctx: RestoreContext
): Paragraph | undefined {
  const obj = ctx.object(raw, path, 'đoạn văn')
  if (!obj) {
    return undefined
  }
  const tags = restoreTags(obj.tags, `${path}.tags`, ctx)
  return {
    type: 'paragraph',
    id: ctx.id(obj.id, `${path}.id`),
    content: restoreRuns(obj.content, `${path}.content`, ctx),
    ...(tags ? { tags } : {}),
  }
}

/**
 * Restores the blocks inside a parent, enforcing the outline rules: an item whose style may not
 * sit here takes the nearest allowed style, or becomes a paragraph when none is allowed; its text
 * is never dropped.
 */
export function restoreBlocks(
  raw: unknown,
  parent: ParentKind,
  path: string,
  ctx: RestoreContext
): Block[] {
  const out: Block[] = []
  ctx.array(raw, path).forEach((item, i) => {
    out.push(...restoreBlock(item, parent, `${path}[${i}]`, ctx))
  })
  return out
}

function restoreBlock(
  raw: unknown,
  parent: ParentKind,
  path: string,
  ctx: RestoreContext
): Block[] {
  const obj = ctx.object(raw, path, 'khối nội dung')
  if (!obj) {
    return []
  }
  if (obj.type === 'paragraph') {
    const paragraph = restoreParagraph(obj, path, ctx)
    return paragraph ? [paragraph] : []
  }
  if (obj.type !== 'item') {
    ctx.repair(path, 'Chuyển khối không rõ loại thành đoạn văn.')
  }
  const allowed = allowedChildStyles(parent)
  const wanted = STYLES.includes(obj.style as ItemStyle) ? (obj.style as ItemStyle) : undefined
  if (obj.type === 'item' && wanted === undefined) {
    ctx.repair(`${path}.style`, 'Kiểu đánh số không hợp lệ.')
  }
  const style =
    wanted !== undefined && allowed.includes(wanted) ? wanted : nearestStyle(wanted, allowed)
  if (obj.type !== 'item' || style === undefined) {
    return asParagraphs(obj, parent, path, ctx)
  }
  if (wanted !== undefined && style !== wanted) {
    ctx.repair(`${path}.style`, 'Đổi cấp đánh số cho đúng thứ tự đề mục.')
  }
  const tags = restoreTags(obj.tags, `${path}.tags`, ctx)
  const item: Item = {
    type: 'item',
    id: ctx.id(obj.id, `${path}.id`),
    style,
    ...(ctx.flag(obj.heading) ? { heading: true } : {}),
    content: restoreRuns(obj.content, `${path}.content`, ctx),
    children: restoreBlocks(obj.children, childParentKind(parent, style), `${path}.children`, ctx),
    ...(tags ? { tags } : {}),
  }
  return [item]
}

function nearestStyle(
  wanted: ItemStyle | undefined,
  allowed: readonly ItemStyle[]
): ItemStyle | undefined {
  if (allowed.length === 0) {
    return undefined
  }
  const rank = wanted === undefined ? 0 : STYLES.indexOf(wanted)
  return allowed.find(style => STYLES.indexOf(style) >= rank) ?? allowed[allowed.length - 1]
}

/** A node that cannot be an item here keeps its text as a paragraph, followed by its children. */
function asParagraphs(
  obj: Readonly<Record<string, unknown>>,
  parent: ParentKind,
  path: string,
  ctx: RestoreContext
): Block[] {
  if (obj.type === 'item') {
    ctx.repair(path, 'Chuyển mục lồng quá sâu thành đoạn văn.')
  }
  const paragraph: Paragraph = {
    type: 'paragraph',
    id: ctx.id(obj.id, `${path}.id`),
    content: restoreRuns(obj.content ?? obj.text, `${path}.content`, ctx),
  }
  return [paragraph, ...restoreBlocks(obj.children, parent, `${path}.children`, ctx)]
}
