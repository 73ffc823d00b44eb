import fs from 'node:fs'

/** Debian's Chromium when installed (these machines), Playwright's own browser otherwise. */
export const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(p =>
  fs.existsSync(p)
)

/** Launch options for headless Chromium here: root, no GPU, and no traffic of its own. */
export const chromiumLaunchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
}
