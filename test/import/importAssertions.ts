import { expect } from 'vitest';
import type { ApiClient } from '../../app/api/handlers';
import { CasewrightError } from '../../app/model/errors';

/** The case as the interchange format writes it, for comparing before and after a refused import. */
export async function caseSnapshot(api: ApiClient): Promise<string> {
  return JSON.stringify(await api['interchange-export']({}));
}

/** Expects `run` to be refused as invalid input with a message matching `message`, and the case to be unchanged. */
export async function expectRefused(api: ApiClient, run: () => Promise<unknown>, message: RegExp): Promise<void> {
  const before = await caseSnapshot(api);
  const error = await run().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, 'the import should have been refused').toBeInstanceOf(CasewrightError);
  expect((error as CasewrightError).code).toBe('invalid_input');
  expect((error as CasewrightError).message).toMatch(message);
  expect(await caseSnapshot(api)).toBe(before);
}

/** The outline as lines of indentation, kind and title, as the outline panel shows it. */
export async function outlineLines(api: ApiClient): Promise<string[]> {
  return (await api['outline-get']({})).map((row) => `${'  '.repeat(row.depth)}${row.kind}: ${row.title}`);
}
