import { protocol } from 'electron'
import { APP_SCHEME, appFileResponse } from './renderer-files'

/**
 * Declares the `app://` scheme as a standard, secure origin. Must run before the app is ready:
 * the renderer then has a real origin (`app://bundle`) for `'self'` in the CSP, ES modules and
 * fetch, instead of `file://`, whose pages may read any local file.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

/** Serves the built renderer in `rendererDir` at `app://bundle/`, with the CSP as a header. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, request => appFileResponse(rendererDir, request))
}
