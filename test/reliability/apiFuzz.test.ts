import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../app/api/handlers';
import { FILE_METHOD_NAMES } from '../../app/api/methodList';
import { CasewrightError } from '../../app/model/errors';
import { runs } from '../support/longRuns';
import { type TempService, tempService } from '../support/tempService';

/** Methods that name files or folders: fuzzing them would write wherever a random path points. */
const TOUCH_FILES = new Set<string>(FILE_METHOD_NAMES);

let t: TempService;
beforeAll(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('fuzz.casewright') });
  await t.api['interchange-import']({
    document: readFileSync(resolve(import.meta.dirname, '../fixtures/hand-written-case.json'), 'utf8'),
  });
});
afterAll(() => t.dispose());

const snapshot = async () => JSON.stringify(await t.api['interchange-export']({}));

describe('the service API under hostile input', () => {
  const methods = METHOD_NAMES.filter((name) => !TOUCH_FILES.has(name));

  it.each(methods)('%s: a refused input is a clear error and changes nothing', async (name) => {
    const hostile = fc.oneof(
      fc.anything(),
      fc.record({
        id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
        parentId: fc.anything(),
        kind: fc.string(),
      }),
      fc.dictionary(
        fc.constantFrom(
          'id',
          'title',
          'body',
          'text',
          'key',
          'query',
          'format',
          'document',
          '__proto__',
          'constructor',
        ),
        fc.anything(),
      ),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (input) => {
        const before = await snapshot();
        try {
          await t.service.call(name, input);
        } catch (error) {
          expect(error).toBeInstanceOf(CasewrightError);
          expect((error as CasewrightError).message.length).toBeGreaterThan(5);
          expect(await snapshot()).toBe(before);
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it('refuses a method that does not exist', async () => {
    await expect(t.service.call('nodes-drop-table', {})).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(t.service.call('__proto__', {})).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(t.service.call('toString', {})).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
