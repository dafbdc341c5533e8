import type { ApiClient } from '../api/handlers';

/** A version named on the command line: its name, or else (`3`, `#3`) its number in the list. */
export async function versionReference(api: ApiClient, text: string): Promise<number | string> {
  const { versions } = await api['versions-list']({});
  if (versions.some((version) => version.name === text)) return text;
  const id = /^#?(\d+)$/.exec(text)?.[1];
  return id === undefined ? text : Number(id);
}
