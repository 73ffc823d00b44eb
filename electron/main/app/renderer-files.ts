import fs from 'node:fs'
import path from 'node:path'

/**
 * The renderer's Content Security Policy: nothing but the app's own files. Sent as a response
 * header with every page file, by the `app://` protocol in Electron and by the browser harness,
 * so both run the renderer under the same policy (a header also carries `frame-ancestors`, which
 * a `<meta>` tag cannot).
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** The origin the packaged renderer is served from (see app-protocol.ts). */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://bundle`

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
}

/** Whether `url` is a page or asset of the app's own renderer, served by the `app://` protocol. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN
  } catch {
    return false
  }
}

/**
 * The renderer file a URL path names, or undefined: only regular files inside `root` (no `..`,
 * no encoded `..`, no folders, no devices). `/` is index.html.
 */
export function resolveRendererFile(root: string, urlPath: string): string | undefined {
  let rel: string
  try {
    rel = urlPath === '/' || urlPath === '' ? 'index.html' : decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  const base = path.resolve(root)
  const file = path.resolve(base, rel.replace(/^[/\\]+/, ''))
  if (!file.startsWith(base + path.sep)) {
    return undefined
  }
  try {
    return fs.statSync(file).isFile() ? file : undefined
  } catch {
    return undefined
  }
}

/** Response headers for a renderer file: its type, the CSP, no caching, no type sniffing. */
export function rendererHeaders(file: string): Record<string, string> {
  return {
    'content-type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  }
}

/**
 * Answers one `app://bundle/…` request from the built renderer in `root`: the file with its
 * headers, 404 for anything else (other hosts, paths outside `root`), 405 for other methods.
 */
export async function appFileResponse(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405 })
  }
  const url = new URL(request.url)
  const file = isAppUrl(request.url) ? resolveRendererFile(root, url.pathname) : undefined
  if (!file) {
    return new Response('Không tìm thấy', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const body = request.method === 'HEAD' ? null : await fs.promises.readFile(file)
  return new Response(body, { status: 200, headers: rendererHeaders(file) })
}
