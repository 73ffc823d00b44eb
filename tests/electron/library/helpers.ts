import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'
import { openLibrary } from '../../../electron/main/library/open-library'
import type { Library } from '../../../electron/main/library/library'
import type { ClauseDraft, ClauseSource, ClauseTags } from '../../../shared/library/types'

const created: string[] = []
// Registered while the importing test file is collected, so it runs after that file.
afterAll(() => {
  for (const dir of created.splice(0)) {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

/** A fresh temporary data directory, removed after the test file. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'library-test-'))
  created.push(dir)
  return dir
}

/** Opens a library that must open. */
export function open(dir: string): Library {
  const opened = openLibrary(dir)
  if (!opened.ok) {
    throw new Error(opened.error.message)
  }
  return opened.library
}

/** A paragraph draft. */
export function paragraph(
  text: string,
  source: ClauseSource = {},
  tags: ClauseTags = {}
): ClauseDraft {
  return {
    kind: 'paragraph',
    fragment: { kind: 'paragraph', block: { type: 'paragraph', id: 'x', content: [{ text }] } },
    text,
    tags,
    source,
  }
}
