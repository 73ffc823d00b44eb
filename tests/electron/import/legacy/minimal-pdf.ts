/**
 * Writes a one-page PDF by hand with the given content stream (correct xref offsets), for files
 * no converter makes: a page holding only an image, as a scanner produces.
 */
export function minimalPdf(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map(o => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(out)
}

/** A page with a 4×4 grey inline image scaled over it and a black bar: no text layer at all. */
export const SCANNED_PAGE =
  'q 500 0 0 700 48 70 cm BI /W 4 /H 4 /CS /G /BPC 8 ID ' +
  '\x80\x90\xa0\xb0\x80\x90\xa0\xb0\x80\x90\xa0\xb0\x80\x90\xa0\xb0 EI Q 0 g 60 760 300 20 re f'
