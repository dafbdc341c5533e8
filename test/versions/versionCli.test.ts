import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseService } from '../../app/api/service';
import { markdownToBody } from '../../app/body/markdownToBody';
import { cliFolder } from '../support/cliFolder';
import { TEMPLATES_FOLDER } from '../support/tempService';

const HAND_WRITTEN = resolve(import.meta.dirname, '../fixtures/hand-written-case.json');

const { cli, path } = cliFolder('casewright-versions-');

const outlineOf = (file: string) => cli('show', file).stdout;

describe('casewright version', () => {
  it('saves, lists (as text and JSON), restores and deletes named versions', () => {
    expect(cli('new', 'case.casewright').code).toBe(0);
    const empty = outlineOf('case.casewright');
    expect(cli('version', 'save', 'case.casewright', 'Empty').stdout).toContain('Saved version 1 “Empty”');
    expect(cli('import', 'case.casewright', '--format', 'json', HAND_WRITTEN).code).toBe(0);
    const imported = outlineOf('case.casewright');
    expect(cli('version', 'save', 'case.casewright', 'Draft sent to coach').code).toBe(0);

    const listed = JSON.parse(cli('version', 'list', 'case.casewright', '--json').stdout) as {
      versions: { id: number; name: string; createdAt: string; automatic: boolean; changedRows: number }[];
    };
    expect(listed.versions.map((version) => [version.name, version.automatic])).toEqual([
      ['Draft sent to coach', false],
      ['Empty', false],
    ]);
    expect(Object.keys(listed.versions[0]!).sort()).toEqual(['automatic', 'changedRows', 'createdAt', 'id', 'name']);
    expect(listed.versions[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d/);
    expect(cli('version', 'list', 'case.casewright').stdout).toMatch(/ 2 {2}\d{4}-.* {2}Draft sent to coach\n/);

    const restored = cli('version', 'restore', 'case.casewright', 'Empty');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('Restored “Empty”');
    expect(outlineOf('case.casewright')).toBe(empty);
    expect(empty).not.toBe(imported);
    expect(cli('version', 'restore', 'case.casewright', 'Draft sent to coach').code).toBe(0);
    expect(outlineOf('case.casewright')).toBe(imported);

    expect(cli('version', 'delete', 'case.casewright', '1').stdout).toContain('Deleted version 1 “Empty”');
    expect(cli('version', 'list', 'case.casewright', '--json').stdout).toContain('Before restoring “Empty”');
    const after = cli('version', 'list', 'case.casewright', '--json').stdout;
    expect(after).not.toContain('"Empty"');
  });

  it('prints what changed, as text and as JSON of a documented shape', () => {
    expect(cli('new', 'case.casewright').code).toBe(0);
    expect(cli('version', 'save', 'case.casewright', 'Empty').code).toBe(0);
    expect(cli('import', 'case.casewright', '--format', 'json', HAND_WRITTEN).code).toBe(0);
    const text = cli('diff', 'case.casewright', '--from', 'Empty');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Changes from version 1 “Empty” to now:\n\+ issue \d+ “/);
    expect(text.stdout).toMatch(
      /7 added, 0 removed, 0 moved, 0 edited, 0 with another status; 2 authorities changed\.\n$/,
    );
    const json = JSON.parse(cli('diff', 'case.casewright', '--from', '1', '--json').stdout) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['authorities', 'caseInfo', 'counts', 'from', 'nodes', 'to']);
    const nodes = json.nodes as Record<string, unknown>[];
    expect(nodes).toHaveLength(7);
    expect(Object.keys(nodes[0]!).sort()).toEqual(['change', 'content', 'depth', 'id', 'kind', 'place', 'title']);
    expect(cli('version', 'save', 'case.casewright', 'Imported').code).toBe(0);
    expect(cli('diff', 'case.casewright').stdout).toBe('Changes from version 2 “Imported” to now:\nNo changes.\n');
  });

  it('compares two versions (--to) and the case with another file (--with), as JSON of one documented shape', async () => {
    expect(cli('new', 'case.casewright').code).toBe(0);
    expect(cli('version', 'save', 'case.casewright', 'Empty').code).toBe(0);
    expect(cli('import', 'case.casewright', '--format', 'json', HAND_WRITTEN).code).toBe(0);
    expect(cli('version', 'save', 'case.casewright', 'Imported').code).toBe(0);
    expect(cli('version', 'restore', 'case.casewright', 'Empty').code).toBe(0);

    type Json = Record<string, unknown> & { nodes: Record<string, unknown>[]; counts: Record<string, number> };
    const diffJson = (...args: string[]) => {
      const result = cli('diff', 'case.casewright', ...args, '--json');
      expect(result.code, result.stderr).toBe(0);
      const json = JSON.parse(result.stdout) as Json;
      expect(Object.keys(json).sort()).toEqual(['authorities', 'caseInfo', 'counts', 'from', 'nodes', 'to']);
      expect(Object.keys(json.counts).sort()).toEqual(['added', 'edited', 'moved', 'removed', 'statusChanged']);
      return json;
    };
    // Two versions, neither of them the case now (which is empty again).
    const between = diffJson('--from', 'Empty', '--to', 'Imported');
    expect([between.from, between.to]).toEqual(['version 1 “Empty”', 'version 2 “Imported”']);
    expect(between.counts).toEqual({ added: 7, removed: 0, moved: 0, edited: 0, statusChanged: 0 });
    const back = diffJson('--from', 'Imported', '--to', '1');
    expect(back.nodes.map((node) => node.change)).toEqual(Array(7).fill('removed'));
    expect(Object.keys(back.nodes[0]!).sort()).toEqual(['change', 'depth', 'id', 'kind', 'title']);
    expect(back.authorities).toEqual([
      expect.objectContaining({ change: 'removed', key: 'panel2024' }),
      expect.objectContaining({ change: 'removed', key: 'res1718' }),
    ]);

    // Another case file: a copy of the imported case with one node retitled and its body edited.
    expect(cli('version', 'restore', 'case.casewright', 'Imported').code).toBe(0);
    copyFileSync(path('case.casewright'), path('other.casewright'));
    const service = new CaseService({ dataFolder: path('service-data'), templatesFolder: TEMPLATES_FOLDER });
    try {
      await service.call('case-open', { path: path('other.casewright') });
      const api = service.client();
      const [first] = await api['outline-get']({});
      await api['nodes-update']({
        id: first!.id,
        title: `${first!.title} (revised)`,
        body: markdownToBody('A new first paragraph [@res1718, para 8].'),
      });
    } finally {
      service.close();
    }
    const withOther = diffJson('--with', path('other.casewright'));
    expect([withOther.from, withOther.to]).toEqual(['now', path('other.casewright')]);
    expect(withOther.counts).toMatchObject({ added: 0, removed: 0, moved: 0, edited: 1 });
    const changed = withOther.nodes.find((node) => node.change === 'changed' && node.retitled)!;
    expect(Object.keys(changed).sort()).toEqual(
      expect.arrayContaining(['body', 'change', 'citations', 'depth', 'id', 'kind', 'retitled', 'title']),
    );
    expect(Object.keys(changed.body as object).sort()).toEqual(['edits', 'stored']);
    expect((changed.body as { edits: { op: string }[] }).edits.map((edit) => edit.op)).toContain('insert');
    expect(changed.citations).toEqual({ added: [{ key: 'res1718', pinpoint: 'para 8' }], removed: [] });
    const text = cli('diff', 'case.casewright', '--with', path('other.casewright'));
    expect(text.stdout).toContain('(revised)”');
    expect(text.stdout).toContain('cites @res1718 para 8');
    const both = cli('diff', 'case.casewright', '--to', 'Empty', '--with', path('other.casewright'));
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give --to or --with, not both');
  });

  it('exports a redline DOCX since a version, its changes by the author named', async () => {
    expect(cli('new', 'case.casewright').code).toBe(0);
    expect(cli('import', 'case.casewright', '--format', 'json', HAND_WRITTEN).code).toBe(0);
    expect(cli('version', 'save', 'case.casewright', 'Draft sent to coach').code).toBe(0);
    const service = new CaseService({ dataFolder: path('service-data'), templatesFolder: TEMPLATES_FOLDER });
    try {
      await service.call('case-open', { path: path('case.casewright') });
      const api = service.client();
      const [issue] = await api['outline-get']({});
      await api['nodes-update']({ id: issue!.id, title: `${issue!.title} in August 2024` });
    } finally {
      service.close();
    }
    const args = ['export', 'case.casewright', '--format', 'docx', '--layout', 'memo', '--out', 'redline.docx'];
    const exported = cli(...args, '--from', 'Draft sent to coach', '--author', 'Coach Reader');
    expect(exported.code, exported.stderr).toBe(0);
    const markdown = execFileSync(
      'pandoc',
      ['--track-changes=all', '-f', 'docx', '-t', 'markdown', path('redline.docx')],
      {
        encoding: 'utf8',
      },
    );
    expect(markdown).toMatch(/\[in August 2024\]\{\.insertion author="Coach Reader" date="[^"]+"\}/);
    const withoutFrom = cli(...args, '--author', 'Coach Reader');
    expect(withoutFrom.code).toBe(2);
    expect(withoutFrom.stderr).toContain('give --from too');
  });

  it('refuses an unknown version or action with a clear message and the right exit code', () => {
    expect(cli('new', 'case.casewright').code).toBe(0);
    const unknown = cli('version', 'restore', 'case.casewright', 'Final');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no version named “Final”');
    const action = cli('version', 'rename', 'case.casewright');
    expect(action.code).toBe(2);
    expect(action.stderr).toContain('unknown action "rename"');
    expect(cli('version', 'save', 'case.casewright').stderr).toContain('missing the version name');
  });
});
