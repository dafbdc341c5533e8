/** The document formats, with their media types and file extensions. */
export const DOCUMENT_FORMATS = {
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  pdf: { mediaType: 'application/pdf', extension: 'pdf' },
  html: { mediaType: 'text/html; charset=utf-8', extension: 'html' },
  md: { mediaType: 'text/markdown; charset=utf-8', extension: 'md' },
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;
