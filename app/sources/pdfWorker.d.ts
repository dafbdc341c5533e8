/** pdf.js's worker module, loaded into this thread (see pdfBlocks.ts); only its presence matters. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
