import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FieldSpec,
  fieldApplies,
  fieldColumn,
  NODE_FIELD_COLUMNS,
  NODE_FIELD_NAMES,
  NODE_FIELDS,
  NODE_TABLE_COLUMNS,
  type NodeFieldName,
  type NodeFields,
} from '../app/model/nodeFields';
import { NODE_KINDS } from '../app/model/types';
import { type TempService, tempService } from './support/tempService';

let t: TempService;
let database: Database.Database;
beforeAll(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('fields.casewright') });
  database = new Database(t.path('fields.casewright'), { readonly: true });
});
afterAll(() => {
  database.close();
  t.dispose();
});

/** A value of the field that is not its empty value, as a user would set it. */
function setValue(name: NodeFieldName): unknown {
  const spec: FieldSpec = NODE_FIELDS[name];
  if (spec.type === 'text') return `A ${name} worth keeping`;
  if (spec.type === 'number') return (spec.min + spec.max) / 2;
  if (spec.type === 'flag') return true;
  if (spec.type === 'list') return ['kept', `${name}-value`];
  return spec.values.at(-1);
}

/** A kind the field applies to, other than the default kind when it can be. */
const kindFor = (name: NodeFieldName) => [...NODE_KINDS].reverse().find((kind) => fieldApplies(name, kind))!;

describe('the declaration of a node’s fields', () => {
  it('is the nodes table: its place, each field’s column in order, then the body', () => {
    const columns = (database.pragma('table_info(nodes)') as { name: string }[]).map((column) => column.name);
    expect(columns).toEqual(NODE_TABLE_COLUMNS);
    expect(NODE_FIELD_COLUMNS).toEqual(NODE_FIELD_NAMES.map(fieldColumn));
  });

  it('gives each choice the values the table’s CHECK allows, and a column NOT NULL where it cannot be empty', () => {
    const table = database.prepare("SELECT sql FROM sqlite_master WHERE name = 'nodes'").pluck().get() as string;
    const notNull = new Map(
      (database.pragma('table_info(nodes)') as { name: string; notnull: number }[]).map((row) => [
        row.name,
        row.notnull,
      ]),
    );
    for (const name of NODE_FIELD_NAMES) {
      const spec: FieldSpec = NODE_FIELDS[name];
      if (spec.type !== 'choice') continue;
      const check = new RegExp(
        `\\n\\s*${fieldColumn(name)} TEXT[^\\n]*CHECK \\(${fieldColumn(name)} IN \\(([^)]*)\\)\\)`,
      ).exec(table);
      expect(check, `the CHECK of ${name}`).not.toBeNull();
      expect(check![1]!.split(',').map((value) => value.trim().replace(/'/g, ''))).toEqual([...spec.values]);
      expect(notNull.get(fieldColumn(name)), `NOT NULL of ${name}`).toBe(spec.nullable ? 0 : 1);
    }
  });

  describe.each(NODE_FIELD_NAMES.filter((name) => name !== 'kind'))('%s', (name) => {
    it('is set through the API, undone, redone, and survives an export and an import', async () => {
      const kind = kindFor(name);
      const value = setValue(name);
      const added = await t.api['nodes-add']({ parentId: null, kind, title: 'Holder' });
      const before = (await t.api['nodes-get']({ id: added.id }))[name as keyof NodeFields];
      await t.api['nodes-update']({ id: added.id, [name]: value } as never);
      const read = async () => (await t.api['nodes-get']({ id: added.id }))[name as keyof NodeFields];
      expect(await read()).toEqual(value);
      await t.api['history-undo']({});
      expect(await read()).toEqual(before);
      await t.api['history-redo']({});
      expect(await read()).toEqual(value);

      const exported = await t.api['interchange-export']({});
      const holder = exported.nodes!.find((node) => node.id === added.id)!;
      expect(holder[name as keyof typeof holder]).toEqual(value);
      await t.api['nodes-delete']({ id: added.id });
      await t.api['interchange-import']({ document: { ...exported, nodes: [holder] } });
      const rows = await t.api['outline-get']({});
      const imported = rows.find((row) => row.title === (name === 'title' ? value : 'Holder'))!;
      expect((await t.api['nodes-get']({ id: imported.id }))[name as keyof NodeFields]).toEqual(value);
      await t.api['nodes-delete']({ id: imported.id });
    });

    it('is kept by a named version: restoring the version brings it back', async () => {
      const added = await t.api['nodes-add']({ parentId: null, kind: kindFor(name), title: 'Versioned' });
      await t.api['nodes-update']({ id: added.id, [name]: setValue(name) } as never);
      const kept = await t.api['nodes-get']({ id: added.id });
      await t.api['versions-save']({ name: `with ${name}` });
      const emptied = name === 'tags' ? [] : name === 'disputed' ? false : null;
      await t.api['nodes-update']({ id: added.id, title: 'Changed', ...(name === 'title' ? {} : { [name]: emptied }) });
      await t.api['versions-restore']({ version: `with ${name}` });
      const restored = await t.api['nodes-get']({ id: added.id });
      expect(restored[name as keyof NodeFields]).toEqual(kept[name as keyof NodeFields]);
      expect(restored.title).toBe(kept.title);
      await t.api['nodes-delete']({ id: added.id });
    });
  });
});
