import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

/** Builds the renderer into dist/renderer with relative asset paths (served at app://bundle/ in Electron, over HTTP by the harness). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // The renderer is read from the local disk (app:// or the harness), never over a network, so
    // one bundle loads fastest. The limit still warns when a heavy dependency (docx, pdf.js, …)
    // slips into the renderer: today's bundle is about 690 kB.
    chunkSizeWarningLimit: 800,
  },
})
