/** pdf.js's worker module (no types shipped): only its message handler is used, in this thread. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
