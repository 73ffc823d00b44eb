/**
 * Plan import from .docx (safe unzip, XML parsing), .doc (Word 97–2003) and text PDFs, mapped
 * onto a plan; worker and folder harvest.
 */
export { importDocx, type ImportOptions, type ImportOutcome } from './import-docx'
export { importDoc } from './import-doc'
export { importPdf } from './import-pdf'
export { importPlanFile } from './import-file'
export { sniffFormat, type ImportFormat } from './sniff'
export { importDocxInWorker, type WorkerImportOptions } from './import-in-worker'
export { harvestFolder, findDocx, type HarvestOptions, type HarvestSummary } from './harvest-folder'
