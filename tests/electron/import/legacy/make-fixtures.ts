/**
 * Rebuilds the committed .doc and .pdf fixtures of the legacy import tests: writes chosen corpus
 * .docx files and a sample plan's Word export to a temp folder and converts them with LibreOffice
 * (`soffice --headless --convert-to doc:"MS Word 97"` / `pdf`). Run: `npx tsx <this file>`.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { corpus } from '../corpus/cases'
import { LEGACY_CASES } from './cases'

const here = path.dirname(new URL(import.meta.url).pathname)
const out = path.join(here, 'fixtures')

function convert(dir: string, file: string, to: string): void {
  execFileSync('soffice', ['--headless', '--convert-to', to, '--outdir', dir, file], {
    stdio: 'ignore',
  })
}

function main(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'skh-legacy-'))
  const files: string[] = []
  for (const c of corpus().filter(x => (LEGACY_CASES as readonly string[]).includes(x.name))) {
    const file = path.join(dir, `${c.name}.docx`)
    writeFileSync(file, c.bytes)
    files.push(file)
  }
  const sample = path.join(dir, 'sample-002.docx')
  execFileSync(
    'npx',
    ['tsx', 'electron/cli/index.ts', 'export', 'resources/samples/002.kehoach', sample],
    {
      stdio: 'ignore',
    }
  )
  files.push(sample)
  // A password-protected PDF (open password "matkhau"), for the encrypted-file refusal.
  const locked = path.join(dir, 'locked')
  convert(
    locked,
    files[0] as string,
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},' +
      '"DocumentOpenPassword":{"type":"string","value":"matkhau"}}'
  )
  copyFileSync(
    path.join(locked, `${path.basename(files[0] as string, '.docx')}.pdf`),
    path.join(out, 'encrypted.pdf')
  )
  for (const file of files) {
    convert(dir, file, 'doc:MS Word 97')
    convert(dir, file, 'pdf')
    const base = path.basename(file, '.docx')
    copyFileSync(path.join(dir, `${base}.doc`), path.join(out, `${base}.doc`))
    copyFileSync(path.join(dir, `${base}.pdf`), path.join(out, `${base}.pdf`))
  }
}

main()
