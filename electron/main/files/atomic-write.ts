import fs from 'node:fs'
import path from 'node:path'

/** The file operations an atomic write needs; tests inject failures through this. */
export type WriteOps = {
  readonly writeFile: (file: string, data: string | Uint8Array) => void
  readonly rename: (from: string, to: string) => void
}

const realOps: WriteOps = {
  writeFile: (file, data) => {
    const fd = fs.openSync(file, 'w')
    try {
      fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
  },
  rename: (from, to) => fs.renameSync(from, to),
}

/**
 * Writes a file so that a crash or power cut at any moment leaves either the old or the new
 * content: write a temp file beside it, flush, then rename over the target. With `backup`, the
 * previous version is kept as `<file>.bak` first.
 */
export function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: { readonly backup?: boolean; readonly ops?: WriteOps } = {}
): void {
  const ops = options.ops ?? realOps
  const dir = path.dirname(file)
  fs.mkdirSync(dir, { recursive: true })
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`)
  try {
    ops.writeFile(temp, data)
    if (options.backup && fs.existsSync(file)) {
      fs.copyFileSync(file, `${file}.bak`)
    }
    ops.rename(temp, file)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    throw error
  }
}
