import type { DesktopClient } from '../../app/api/desktopContract';
import type { ApiClient, MethodInput } from '../../app/api/handlers';

/** What the Export dialog asks for. */
export type ExportRequest = Pick<
  MethodInput<'export-document'>,
  'format' | 'layout' | 'side' | 'cslStyle' | 'cslParentStyle' | 'changesSince' | 'mapAnnex'
>;

/**
 * Exports the case and saves the file, and says where: in the desktop app through its save dialog (a PDF is
 * printed by the app's own Chromium), in the browser as a download. Undefined when the user cancelled.
 */
export async function exportFile(
  api: ApiClient,
  request: ExportRequest,
  desktop: DesktopClient | undefined,
): Promise<string | undefined> {
  if (desktop && request.format === 'pdf') {
    const { format: _pdf, ...fields } = request;
    const saved = await desktop['desktop-export-pdf'](fields);
    return saved.saved ? `Exported ${saved.path}.` : undefined;
  }
  const result = await api['export-document'](request);
  const bytes = result.base64
    ? Uint8Array.from(atob(result.base64), (char) => char.charCodeAt(0))
    : new TextEncoder().encode(result.text ?? '');
  return saveExport(result.fileName, bytes, result.mediaType, desktop);
}

const REPORT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * Makes the Cite Check Report and saves it, as an export is saved: in the desktop app its PDF is printed by the
 * app's own Chromium, as the memorial's is. Undefined when the user cancelled.
 */
export async function exportCiteCheckReport(
  api: ApiClient,
  format: 'pdf' | 'docx',
  desktop: DesktopClient | undefined,
): Promise<string | undefined> {
  if (desktop && format === 'pdf') {
    const saved = await desktop['desktop-citecheck-pdf']({});
    return saved.saved ? `Saved the Cite Check Report as ${saved.path}.` : undefined;
  }
  const report = await api['citecheck-report']({ format });
  const bytes = Uint8Array.from(atob(report.base64 ?? ''), (char) => char.charCodeAt(0));
  return saveExport(report.fileName, bytes, REPORT_TYPES[format], desktop);
}

/** Saves an exported file: through the desktop app's save dialog, or in the browser as a download. */
export async function saveExport(
  fileName: string,
  bytes: Uint8Array,
  mediaType: string,
  desktop: DesktopClient | undefined,
): Promise<string | undefined> {
  if (desktop) {
    const saved = await desktop['desktop-save-export']({ fileName, base64: bytesToBase64(bytes) });
    return saved.saved ? `Exported ${saved.path}.` : undefined;
  }
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
  return `Exported ${fileName}.`;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}
