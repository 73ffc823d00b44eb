/** Word (.docx) import: safe unzip, XML parsing, mapping onto a plan, worker and folder harvest. */
export { importDocx, type ImportOptions, type ImportOutcome } from './import-docx'
export { importDocxInWorker, type WorkerImportOptions } from './import-in-worker'
export { harvestFolder, findDocx, type HarvestOptions, type HarvestSummary } from './harvest-folder'
