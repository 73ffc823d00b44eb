import JSZip from 'jszip'

/** A small seeded PRNG (mulberry32): the same seed gives the same mutants on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Snippets a hostile or broken file puts into XML: references, markup, huge numbers. */
const XML_POISON = [
  '&#x110000;',
  '&#0;',
  '&',
  '<',
  ']]>',
  '<!DOCTYPE x>',
  '<w:p>',
  '</w:tbl>',
  'w:val="1e400"',
  'w:val="-100"',
  'w:val="99999999999"',
  '<w:numPr><w:ilvl w:val="1e9"/><w:numId w:val="1"/></w:numPr>',
  '<w:tbl><w:tr><w:tc>',
  '<w:br/>',
  '\u0000',
  '\uffff',
  '<w:gridSpan w:val="100000"/>',
  '<w:vMerge/>',
]

function mutateText(text: string, rnd: () => number): string {
  let out = text
  const edits = 1 + Math.floor(rnd() * 4)
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rnd() * out.length)
    const kind = rnd()
    if (kind < 0.4) {
      const poison = XML_POISON[Math.floor(rnd() * XML_POISON.length)] ?? ''
      out = out.slice(0, at) + poison + out.slice(at)
    } else if (kind < 0.7) {
      out = out.slice(0, at) + out.slice(at + 1 + Math.floor(rnd() * 40))
    } else {
      const from = Math.floor(rnd() * out.length)
      out = out.slice(0, at) + out.slice(from, from + Math.floor(rnd() * 200)) + out.slice(at)
    }
  }
  return out
}

/**
 * The `n`-th mutant of a .docx: half of them change the XML of a part and zip it again (what a
 * broken writer or an attacker produces), half flip, cut or overwrite bytes of the zip itself.
 */
export async function mutant(base: Uint8Array, n: number, seed = 20261202): Promise<Uint8Array> {
  const rnd = prng(seed + n * 7919)
  if (rnd() < 0.5) {
    const zip = await JSZip.loadAsync(base)
    const names = Object.keys(zip.files).filter(f => f.endsWith('.xml'))
    const target =
      names.includes('word/document.xml') && rnd() < 0.6
        ? 'word/document.xml'
        : names[Math.floor(rnd() * names.length)]
    if (target) {
      const text = await zip.file(target)?.async('string')
      zip.file(target, mutateText(text ?? '', rnd))
    }
    return zip.generateAsync({ type: 'uint8array', compression: rnd() < 0.5 ? 'DEFLATE' : 'STORE' })
  }
  const bytes = base.slice()
  const kind = rnd()
  if (kind < 0.2) {
    return bytes.slice(0, Math.floor(rnd() * bytes.length))
  }
  const flips = 1 + Math.floor(rnd() * 16)
  for (let i = 0; i < flips; i++) {
    // Bias towards the headers at both ends, where sizes, counts and offsets live.
    const near = rnd() < 0.5 ? Math.floor(rnd() * 256) : bytes.length - 1 - Math.floor(rnd() * 256)
    const at =
      rnd() < 0.5 ? Math.max(0, Math.min(bytes.length - 1, near)) : Math.floor(rnd() * bytes.length)
    bytes[at] = Math.floor(rnd() * 256)
  }
  return bytes
}

/** Whether an import result is clean: a plan, or a refusal with a Vietnamese sentence. */
export function isClean(r: { ok: boolean; error?: { code: string; message: string } }): boolean {
  return r.ok || (r.error !== undefined && /[àáảãạăâđêôơư]/iu.test(r.error.message))
}
