import type { Header, Signature, Tags } from '../../../../shared/model/types'
import type { TablePresetName } from '../../../../shared/model/table-presets'

/** One appendix table row as read from the seed: cleaned cells, and whether a page break preceded it. */
export type RawRow = {
  readonly cells: readonly string[]
  /** True when a blank line or a repeated header row came just before (a page break). */
  readonly afterBreak: boolean
}

/** How a seed's appendix table is read. */
export type AppendixOverride = {
  readonly preset: TablePresetName
  /** The appendix title (the heading `Phụ lục` and the reference line are computed on export). */
  readonly title: string
  /** PAPI codes of the group rows, in order. */
  readonly groupTags: readonly string[]
  /**
   * Which rows continue the row above across a page break:
   * `after-break` — a row right after a break whose first cell is empty or starts in lower case;
   * `empty-index` — any row whose index cell is empty; `none` — never.
   */
  readonly continuation: 'after-break' | 'empty-index' | 'none'
  /** Hand corrections on the raw rows, applied before continuation rows are joined. */
  readonly fixRows?: (rows: readonly RawRow[]) => RawRow[]
}

/** The facts and corrections for one seed that the text extraction lost or got wrong. */
export type SeedOverride = {
  /** Seed number, `000` … `004`; also the output file name. */
  readonly seed: string
  readonly header: Header
  readonly subject: string
  readonly signature: Signature
  /** The archive line content; read from the seed's `Lưu:` line when absent. */
  readonly archive?: string
  /** Exact text patches applied to the raw seed before parsing: `[from, to]`, each must match. */
  readonly replacements?: readonly (readonly [string, string])[]
  /** Start of the first preamble line: everything above it is header furniture. */
  readonly bodyStart: string
  /** How many trailing body paragraphs are the closing (default 1). */
  readonly closingCount?: number
  /**
   * `markup`: a decimal item is a heading when the seed marks it bold or as a markdown heading;
   * `short`: also when it is short and does not end a sentence (seeds without markup).
   */
  readonly headingRule: 'markup' | 'short'
  /** Item text prefixes that are headings whatever the rule says. */
  readonly forceHeading?: readonly string[]
  /** Paragraph text prefixes attached higher than the item above them. */
  readonly paragraphParent?: readonly (readonly [string, 'section' | 'decimal'])[]
  /** Item text prefix → taxonomy tags. */
  readonly tags?: readonly (readonly [string, Tags])[]
  readonly appendix?: AppendixOverride
}
