import type { DesktopClient } from '../../app/api/desktopContract';
import type { ApiClient } from '../../app/api/handlers';
import type { SharedCaseFields } from '../../app/model/sharedCaseAddress';

/**
 * Opens a shared case into a local copy and says where: the desktop app asks where to keep it with its save dialog
 * and opens it in a window of its own; the browser mode keeps it at `path` and shows it in this page. Undefined when
 * the user cancelled.
 */
export async function openSharedCase(
  api: ApiClient,
  fields: SharedCaseFields,
  path: string,
  desktop: DesktopClient | undefined,
): Promise<string | undefined> {
  if (desktop) {
    const opened = await desktop['desktop-open-shared'](fields);
    return opened.saved ? `Opened “${fields.name}” in a new window; its local copy is ${opened.path}.` : undefined;
  }
  const opened = await api['case-open-shared']({ ...fields, path });
  return `Opened “${fields.name}” from ${fields.url}; its local copy is ${opened.path}.`;
}
