import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listVersions } from '../../app/store/versionStore';
import { diffSnapshots } from '../../app/versions/diffSnapshots';
import { readCurrentSnapshot, readVersionSnapshot } from '../../app/versions/readSnapshot';
import { type TempService, tempService } from '../support/tempService';

let t: TempService;
beforeEach(() => {
  t = tempService();
});
afterEach(() => t.dispose());

const paragraph = (text: string) => ({
  type: 'doc' as const,
  content: text === '' ? [] : [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});

const KINDS = ['issue', 'claim', 'rule', 'evidence', 'counter', 'note'] as const;
const WORDS = ['the', 'pact', 'breaches', 'Resolution', '1718', 'arms', '[@res1718]', '[@arsiwa, art 4]'];

type Edit =
  | { type: 'add'; parent: number; kind: number; title: string; words: string[] }
  | { type: 'retitle'; node: number; title: string }
  | { type: 'body'; node: number; words: string[] }
  | { type: 'standard'; node: number; value: 'preponderance' | 'scintilla' | null }
  | { type: 'move'; node: number; parent: number; index: number }
  | { type: 'delete'; node: number };

const pick = fc.nat({ max: 1000 });
const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 8 });
const title = fc.constantFrom('Breach', 'Attribution', 'Paragraph 8', 'Satellite images', 'Ask the coach');
const edit = fc.oneof(
  fc.record({ type: fc.constant('add'), parent: pick, kind: pick, title, words }),
  fc.record({ type: fc.constant('add'), parent: pick, kind: pick, title, words }),
  fc.record({ type: fc.constant('retitle'), node: pick, title }),
  fc.record({ type: fc.constant('body'), node: pick, words }),
  fc.record({ type: fc.constant('standard'), node: pick, value: fc.constantFrom('preponderance', 'scintilla', null) }),
  fc.record({ type: fc.constant('move'), node: pick, parent: pick, index: pick }),
  fc.record({ type: fc.constant('delete'), node: pick }),
) as fc.Arbitrary<Edit>;

async function applyEdit(change: Edit): Promise<void> {
  const ids = (await t.api['outline-get']({})).map((row) => row.id).sort((a, b) => a - b);
  const at = (choice: number) => (ids.length === 0 ? undefined : ids[choice % ids.length]!);
  const parent = (choice: number) => (choice % (ids.length + 1) === ids.length ? null : at(choice)!);
  const node = 'node' in change ? at(change.node) : undefined;
  try {
    if (change.type === 'add') {
      const kind = KINDS[change.kind % KINDS.length]!;
      await t.api['nodes-add']({
        parentId: parent(change.parent),
        kind,
        title: change.title,
        text: change.words.join(' '),
      });
    } else if (node === undefined) return;
    else if (change.type === 'retitle') await t.api['nodes-update']({ id: node, title: change.title });
    else if (change.type === 'body') await t.api['nodes-update']({ id: node, body: paragraph(change.words.join(' ')) });
    else if (change.type === 'standard') await t.api['nodes-update']({ id: node, standard: change.value });
    else if (change.type === 'move') {
      await t.api['nodes-move']({ id: node, parentId: parent(change.parent), index: change.index % 4 });
    } else await t.api['nodes-delete']({ id: node });
  } catch {
    // An edit the case refuses (a node into itself, a kind its parent does not take) changes nothing.
  }
}

describe('comparing versions takes shortcuts that do not change the report', () => {
  it('reports what a comparison of two separately read and evaluated snapshots reports, for random edits', async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), async (first, second) => {
        const path = t.path(`case-${cases++}.casewright`);
        await t.api['case-create']({ path });
        await t.api['authorities-add']({ key: 'res1718', type: 'un_document', short: 'SC Res 1718' });
        for (const change of first) await applyEdit(change);
        await t.api['versions-save']({ name: 'First' });
        for (const change of second) await applyEdit(change);
        await t.api['authorities-add']({ key: 'arsiwa', type: 'other', short: 'ARSIWA' });
        await t.api['versions-save']({ name: 'Second' });
        for (const change of first) await applyEdit(change);
        const database = new Database(path, { readonly: true });
        try {
          const [secondVersion, firstVersion] = listVersions(database);
          const side = (id: number | undefined) =>
            id === undefined ? readCurrentSnapshot(database) : readVersionSnapshot(database, id);
          for (const [from, to] of [
            [firstVersion!.id, undefined],
            [secondVersion!.id, undefined],
            [firstVersion!.id, secondVersion!.id],
          ] as const) {
            const report = await t.api['versions-compare']({ from, ...(to === undefined ? {} : { to }) });
            const reference = diffSnapshots(
              { label: report.from, snapshot: side(from) },
              { label: report.to, snapshot: side(to) },
            );
            expect(report).toEqual(reference);
          }
        } finally {
          database.close();
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
