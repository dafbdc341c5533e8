import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFolder } from '../support/cliFolder';

const HAND_WRITTEN = resolve(import.meta.dirname, '../fixtures/hand-written-case.json');

const { cli } = cliFolder('casewright-versions-');

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
