import { app, session, type WebContents } from 'electron'

/** The renderer's Content Security Policy: nothing but the app's own files. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/**
 * Locks the app down: no network traffic at all (every request that is not one of the app's own
 * files is cancelled), no permissions, no navigation, no new windows.
 */
export function hardenSession(isTrustedUrl: (url: string) => boolean): void {
  const ses = session.defaultSession
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isTrustedUrl(details.url) || details.url.startsWith('devtools://')
    callback({ cancel: !allowed })
  })
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', event => event.preventDefault())
    contents.on('will-redirect', event => event.preventDefault())
    contents.on('will-attach-webview', event => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}
