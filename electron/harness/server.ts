import fs from 'node:fs'
import http from 'node:http'
import { resolveRendererFile, rendererHeaders } from '../main/app/renderer-files'
import { BadCallError, callHandler } from '../main/ipc/call-handler'
import type { Endpoint } from '../main/ipc/handler-types'

/** Options of the browser harness server. */
export type HarnessOptions = {
  /** The main-process handlers, called through `callHandler` like Electron's IPC does. */
  readonly endpoint: Endpoint
  /** The built renderer (index.html and assets). */
  readonly staticDir: string
  readonly port: number
  /** Folder the in-page file dialog lists. */
  readonly documentsDir: string
  /** Largest request body accepted (default 128 MB); larger ones get 413. */
  readonly maxBodyBytes?: number
}

const MAX_BODY = 128 * 1024 * 1024

/** A request body over the limit: answered 413, not a reset connection. */
class BodyTooLargeError extends Error {}

/**
 * Serves the built renderer and the contract over HTTP on 127.0.0.1 only: `POST /api/<channel>`
 * with a JSON array of arguments calls the same main-process handler Electron's IPC calls.
 */
export function startHarness(options: HarnessOptions): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    handle(options, req, res).catch(error => {
      send(res, 500, { error: String(error) })
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve(server))
  })
}

async function handle(
  options: HarnessOptions,
  req: http.IncomingMessage,
  res: http.ServerResponse
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  // Only pages served from this address may call: a page elsewhere that re-points a host name at
  // 127.0.0.1 (DNS rebinding) sends its own Host and is refused.
  if (!isLocalHost(req.headers.host)) {
    return send(res, 403, { error: 'Forbidden host' })
  }
  // A page elsewhere (another local server, a file:// page) may post here too: browsers always
  // name its origin. No Origin at all is a same-origin GET or a local non-browser client.
  if (req.headers.origin !== undefined && req.headers.origin !== `http://${req.headers.host}`) {
    return send(res, 403, { error: 'Forbidden origin' })
  }
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST' || req.headers['content-type'] !== 'application/json') {
      return send(res, 405, { error: 'POST application/json only' })
    }
    const channel = decodeURIComponent(url.pathname.slice('/api/'.length))
    try {
      const args: unknown = JSON.parse(await readBody(req, options.maxBodyBytes ?? MAX_BODY))
      const value = await callHandler(options.endpoint, channel, args)
      return send(res, 200, { value: value ?? null })
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        res.setHeader('connection', 'close')
        return send(res, 413, { error: 'Yêu cầu quá lớn: dữ liệu gửi lên vượt giới hạn cho phép.' })
      }
      return send(res, error instanceof BadCallError || error instanceof SyntaxError ? 400 : 500, {
        error: String(error),
      })
    }
  }
  if (url.pathname === '/harness/files') {
    return send(res, 200, { dir: options.documentsDir, files: listFiles(options.documentsDir) })
  }
  return serveStatic(options.staticDir, url.pathname, res)
}

function isLocalHost(host: string | undefined): boolean {
  return host !== undefined && /^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)
}

function listFiles(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter(name => !name.startsWith('.'))
      .sort()
  } catch {
    return []
  }
}

function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  const file = resolveRendererFile(root, pathname)
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('Không tìm thấy')
    return
  }
  res.writeHead(200, rendererHeaders(file))
  fs.createReadStream(file).pipe(res)
}

/**
 * The request body as text, up to `limit` bytes. Over the limit the rest is read and dropped, so
 * the client gets the 413 answer instead of a connection reset in the middle of its upload.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume()
      reject(new BodyTooLargeError())
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        chunks.length = 0
        reject(new BodyTooLargeError())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  })
  res.end(JSON.stringify(body))
}
