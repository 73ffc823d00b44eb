/**
 * The plan model: a KẾ HOẠCH (administrative plan) as plain, readonly, JSON-serialisable data.
 *
 * Glossary of Vietnamese domain terms kept in identifiers and comments:
 * - KẾ HOẠCH — "plan", the document type this app edits (ký hiệu `KH`).
 * - cơ quan chủ quản — parent agency (`parentAgency`), optional first line of the header.
 * - cơ quan ban hành — issuing agency (`agency`), e.g. `ỦY BAN NHÂN DÂN` / `HUYỆN LỘC BÌNH`.
 * - số, ký hiệu — document number and code, e.g. `Số: 154/KH-UBND` (`number`, `agencyAbbr`).
 * - địa danh — place name printed before the date (`place`).
 * - trích yếu — subject line under `KẾ HOẠCH` (`subject`).
 * - căn cứ — legal-basis lines printed in italics under the title (`bases`).
 * - Quốc hiệu, Tiêu ngữ — the fixed national motto lines; never stored, always printed.
 * - Nơi nhận — recipients list (`recipients`), ending with the `Lưu: VT, …` archive line (`archive`).
 * - TM. / KT. / Q. / TL. / TUQ. — signing-authority prefixes (`SignatureLine.prefix`).
 * - Phụ lục — appendix (`appendices`), usually a task table (bảng phân công nhiệm vụ).
 * - chỉ tiêu — target; đơn vị chủ trì — lead agency; phối hợp — partners; tiêu chí — criterion.
 * - PAPI — the provincial governance index (8 dimensions); CCHC / PAR Index — administrative reform.
 * - cấp tỉnh / huyện / xã — province / district / commune level (`AgencyLevel`).
 *
 * Numbering (I., 1., 1.1., a), -, +) is never stored: it is computed from position (see numbering.ts).
 */

/** Current version of the plan file format; bump together with a migration in restore. */
export const SCHEMA_VERSION = 1

/** The `format` marker of a `.kehoach` file. */
export const PLAN_FILE_FORMAT = 'soan-ke-hoach/plan'

/** Administrative level of the issuing body. */
export type AgencyLevel = 'tinh' | 'huyen' | 'xa'

/** A run of text with inline formatting. Text is Unicode NFC. */
export type TextRun = {
  readonly text: string
  readonly bold?: boolean
  readonly italic?: boolean
}

/** A footnote anchored at this point of the text; its number is computed by order of appearance. */
export type FootnoteRun = {
  readonly type: 'footnote'
  readonly id: string
  readonly content: readonly TextRun[]
}

/** One inline piece of a paragraph. */
export type Run = TextRun | FootnoteRun

/** Taxonomy tags: PAPI dimension / sub-criterion codes (`P5`, `P5.3`) and CCHC area codes (`C3`). */
export type Tags = {
  readonly papi?: string
  readonly cchc?: string
}

/** An unnumbered body paragraph. */
export type Paragraph = {
  readonly type: 'paragraph'
  readonly id: string
  readonly content: readonly Run[]
  readonly tags?: Tags
}

/**
 * Numbering style of an outline item.
 * - `decimal`: `1.`; a decimal item directly inside a decimal item is numbered `1.1.`
 * - `letter`: `a)` `b)` … in the Vietnamese alphabet without f, j, w, z
 * - `dash`: `-` bullet; `plus`: `+` bullet
 */
export type ItemStyle = 'decimal' | 'letter' | 'dash' | 'plus'

/** A numbered or bulleted outline item: its own text, then nested blocks. */
export type Item = {
  readonly type: 'item'
  readonly id: string
  readonly style: ItemStyle
  /** A title item (`1. Mục đích`) is printed bold; a body item (`a) Xác định …`) is not. */
  readonly heading?: boolean
  readonly content: readonly Run[]
  readonly children: readonly Block[]
  readonly tags?: Tags
}

/** A block inside a section, an item or the preamble. */
export type Block = Paragraph | Item

/**
 * Role of a body section. The three required ones always exist, in this order, with `extra`
 * sections allowed only between `tasks` and `organization`.
 */
export type SectionRole = 'purpose' | 'tasks' | 'extra' | 'organization'

/** A Roman-numbered body section (`I. MỤC ĐÍCH, YÊU CẦU`); the title is editable, the number is not. */
export type Section = {
  readonly type: 'section'
  readonly id: string
  readonly role: SectionRole
  readonly title: string
  readonly children: readonly Block[]
  readonly tags?: Tags
}

/** Date of issue; any part may be blank in a draft (the văn thư fills it after signing). */
export type PlanDate = {
  readonly day?: number
  readonly month?: number
  readonly year?: number
}

/** The page-1 header: agency block, số + ký hiệu, địa danh and date. */
export type Header = {
  /** Cơ quan chủ quản lines, printed in caps, not bold. */
  readonly parentAgency?: readonly string[]
  /** Cơ quan ban hành lines, printed in caps, bold (e.g. `ỦY BAN NHÂN DÂN`, `HUYỆN LỘC BÌNH`). */
  readonly agency: readonly string[]
  /** Agency abbreviation used in the ký hiệu `KH-<abbr>`, e.g. `UBND`. */
  readonly agencyAbbr: string
  /** Document number; blank in a draft. */
  readonly number?: string
  readonly place: string
  readonly date: PlanDate
  readonly level?: AgencyLevel
  /** How the body names the issuer (`Ủy ban nhân dân huyện Vị Xuyên`); derived from `agency` if absent. */
  readonly issuerName?: string
}

/** A căn cứ line printed in italics under the title. */
export type BasisLine = {
  readonly id: string
  readonly content: readonly Run[]
}

/** A Nơi nhận line (without the leading dash and trailing `;`). */
export type Recipient = {
  readonly id: string
  readonly text: string
}

/** Signing-authority prefixes of Decree 30. */
export type AuthorityPrefix = 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ'

/** One caps line of the signature block, e.g. `{ prefix: 'KT', text: 'CHỦ TỊCH' }`. */
export type SignatureLine = {
  readonly prefix?: AuthorityPrefix
  readonly text: string
}

/** The signature block beside Nơi nhận. */
export type Signature = {
  readonly lines: readonly SignatureLine[]
  readonly signer: string
}

/** Task-record fields a column can show; numbering (`index`) is computed. */
export type TaskField =
  'criterion' | 'task' | 'target' | 'lead' | 'partners' | 'timeline' | 'result' | 'note'

/** Every task field, in the order a task row reads (and its text is joined for search). */
export const TASK_FIELDS: readonly TaskField[] = [
  'criterion',
  'task',
  'target',
  'lead',
  'partners',
  'timeline',
  'result',
  'note',
]

/** What a table column shows: the computed row number, a task field, or a free custom value. */
export type ColumnKind = 'index' | TaskField | 'custom'

/** A column of an appendix task table; `width` is in millimetres. */
export type Column = {
  readonly id: string
  readonly kind: ColumnKind
  readonly label: string
  readonly width: number
}

/** A full-width group row (a PAPI dimension, a CCHC area), printed bold and numbered. */
export type GroupRow = {
  readonly type: 'group'
  readonly id: string
  readonly label: string
  readonly tags?: Tags
}

/**
 * One task record. Multi-line cell text uses `\n` between lines.
 * `sameCriterion` merges this row's criterion (and index) cell with the row above (vMerge).
 */
export type TaskRow = {
  readonly type: 'task'
  readonly id: string
  readonly fields: Readonly<Partial<Record<TaskField, string>>>
  /** Values of `custom` columns, keyed by column id. */
  readonly custom?: Readonly<Record<string, string>>
  readonly sameCriterion?: boolean
  readonly tags?: Tags
}

/** A row of an appendix task table. */
export type TableRow = GroupRow | TaskRow

/**
 * How the index column and labels are numbered.
 * - `group`: `arabic` (1, 2 — seed 001), `roman` (I, II — seed 004), `arabic-dot` (`1.` in the label — seed 002),
 *   `upper-letter` (A, B), `lower-letter` (a, b) — as clerks number groups in Word
 * - `task`: `nested` (1.1 per criterion — seed 001), `flat` (1, 2 restarting per group — seed 004), `none`
 * - `criterion`: `letter` prefixes `a)` to the criterion text (seed 002), or `none`
 */
export type TableNumbering = {
  readonly group: 'arabic' | 'roman' | 'arabic-dot' | 'upper-letter' | 'lower-letter'
  readonly task: 'nested' | 'flat' | 'none'
  readonly criterion: 'letter' | 'none'
}

/** A Phụ lục: heading (computed), title, reference line (computed), and a task table. */
export type Appendix = {
  readonly type: 'appendix'
  readonly id: string
  readonly title: string
  readonly columns: readonly Column[]
  readonly numbering: TableNumbering
  readonly rows: readonly TableRow[]
  /** Print in landscape (default for a task table). */
  readonly landscape?: boolean
}

/** Tone placement in open oa/oe/uy syllables: `old` = hòa, thủy; `new` = hoà, thuỷ. */
export type ToneStyle = 'old' | 'new'

/** The clerk's proofreading choices for one plan. */
export type Proofing = {
  /** The tone-placement style the document follows; absent = the style the plan uses most. */
  readonly toneStyle?: ToneStyle
}

/** Last year's standing of a dimension: `low` = thấp, `medium` = trung bình, `high` = cao. */
export type ResultBand = 'low' | 'medium' | 'high'

/** Last year's result of one taxonomy entry (PAPI dimension or sub-criterion, CCHC area). */
export type DimensionResult = {
  readonly code: string
  readonly score?: number
  /** Rank among the units compared (e.g. 24 of 63 provinces). */
  readonly rank?: number
  readonly band?: ResultBand
}

/** The clerk's correction of the coverage found: `covers` false untags, true tags a node. */
export type CoverageCorrection = {
  /** Body block or task row id. */
  readonly id: string
  readonly code: string
  readonly covers: boolean
}

/** What the plan answers to (PAPI, CCHC …), the clerk's coverage corrections and last year's results. */
export type PlanCoverage = {
  /** Taxonomy id (`papi`, `cchc`); absent = guessed from the plan's text and tags. */
  readonly taxonomy?: string
  readonly corrections?: readonly CoverageCorrection[]
  readonly results?: readonly DimensionResult[]
}

/** How a plan was made from another: carried forward a year, or derived one level down. */
export type ProvenanceKind = 'carry-forward' | 'derive'

/**
 * Where a plan made by carry-forward or derive comes from, shown as `Lập từ: Kế hoạch số … ngày …
 * của …`: the source's file name, số and ký hiệu, date, issuer and trích yếu, and when it was made.
 */
export type Provenance = {
  readonly kind: ProvenanceKind
  /** The source's file name without its folder; absent when it was not saved. */
  readonly file?: string
  /** Số and ký hiệu of the source, e.g. `94/KH-UBND`. */
  readonly number?: string
  readonly date: PlanDate
  /** The source's issuer as a sentence names it, e.g. `Ủy ban nhân dân tỉnh Lạng Sơn`. */
  readonly issuer?: string
  readonly subject?: string
  /** The level a derived plan was made for. */
  readonly level?: Exclude<AgencyLevel, 'tinh'>
  /** When the plan was made (ISO 8601). */
  readonly createdAt: string
}

/** The whole plan. */
export type Plan = {
  readonly header: Header
  /** Trích yếu, printed bold in normal case under `KẾ HOẠCH`. */
  readonly subject: string
  readonly bases: readonly BasisLine[]
  readonly preamble: readonly Block[]
  readonly sections: readonly Section[]
  /** Closing paragraphs (`Trên đây là Kế hoạch …`); export ends the last with `./.`. */
  readonly closing: readonly Paragraph[]
  readonly recipients: readonly Recipient[]
  /** The archive line content, printed as `- Lưu: <archive>.` (e.g. `VT, NV`). */
  readonly archive: string
  readonly signature: Signature
  readonly appendices: readonly Appendix[]
  /** Proofreading choices; absent in files written before they existed. */
  readonly proofing?: Proofing
  /** Coverage of the index the plan answers to; absent in files written before it existed. */
  readonly coverage?: PlanCoverage
  /** The plan this one was carried forward or derived from; absent for other plans. */
  readonly provenance?: Provenance
}

/** The on-disk envelope of a `.kehoach` file. */
export type PlanFile = {
  readonly format: typeof PLAN_FILE_FORMAT
  readonly schemaVersion: number
  readonly plan: Plan
}
