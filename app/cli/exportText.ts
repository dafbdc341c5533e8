import type { ApiClient } from '../api/handlers';

/** The case as text in one of the interchange formats (json, argdown, aif); undefined for any other format. */
export async function exportText(api: ApiClient, format: string): Promise<string | undefined> {
  if (format === 'json') return `${JSON.stringify(await api['interchange-export']({}), null, 2)}\n`;
  if (format === 'argdown') return (await api['export-argdown']({})).text;
  if (format === 'aif') return (await api['export-aif']({})).text;
  return undefined;
}
