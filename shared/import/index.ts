/** Word (.docx) import, pure part: parsed XML parts → plan + report. */
export { importParts, type DocxParts } from './import-parts'
export type { ImportReport } from './report'
export type { XmlElement, XmlNode, XmlParser } from './xml-node'
export { decodeLegacy, legacyEncoding, type LegacyEncoding } from './legacy-fonts'
