import { app, session, type WebContents } from 'electron'

/**
 * Locks the app down: no network traffic at all (every request that is not one of the app's own
 * files is cancelled), no permissions, no navigation, no new windows. The CSP comes with every
 * page file from the `app://` protocol (app/renderer-files.ts).
 */
export function hardenSession(
  isTrustedUrl: (url: string) => boolean,
  options: { readonly devTools: boolean }
): void {
  const ses = session.defaultSession
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isTrustedUrl(details.url) || (options.devTools && details.url.startsWith('devtools://'))
    callback({ cancel: !allowed })
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
