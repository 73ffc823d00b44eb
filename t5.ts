import { readFileSync } from 'node:fs'
import { readPdf } from './electron/main/import/pdf/read-pdf'
import { pdfSections } from './shared/import/pdf/pdf-sections'
import { importSections } from './shared/import/import-sections'
async function main() {
  const bytes = new Uint8Array(readFileSync(process.argv[2]!))
  let t = Date.now()
  await readPdf(bytes)
  console.log('first read', Date.now() - t); t = Date.now()
  const pages = await readPdf(bytes)
  console.log('second read', Date.now() - t); t = Date.now()
  const s = pdfSections(pages)
  console.log('sections', Date.now() - t); t = Date.now()
  importSections(s, { legacyRuns: 0 })
  console.log('map', Date.now() - t)
  if (process.argv[3]) for (const sec of s) { console.log('SECTION landscape', sec.landscape); for (const b of sec.blocks) console.log(b.kind === 'p' ? 'P ' + b.runs.map(r => (r.bold ? '*' : '') + r.text).join('') : 'T ' + JSON.stringify(b.rows.map(r => r.cells.map(c => c.paragraphs.map(p => p.runs.map(x => x.text).join('')).join('/')))).slice(0, 600)) }
}
void main()
