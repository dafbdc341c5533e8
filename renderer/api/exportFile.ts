import type { DesktopClient } from '../../app/api/desktopContract';
import type { ApiClient, MethodInput } from '../../app/api/handlers';

/** What the Export dialog asks for. */
export type ExportRequest = Pick<
  MethodInput<'export-document'>,
  'format' | 'layout' | 'side' | 'cslStyle' | 'cslParentStyle' | 'mapAnnex'
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
  const base64 = result.base64 ?? bytesToBase64(new TextEncoder().encode(result.text ?? ''));
  if (desktop) {
    const saved = await desktop['desktop-save-export']({ fileName: result.fileName, base64 });
    return saved.saved ? `Exported ${saved.path}.` : undefined;
  }
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: result.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = result.fileName;
  link.click();
  URL.revokeObjectURL(url);
  return `Exported ${result.fileName}.`;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}
