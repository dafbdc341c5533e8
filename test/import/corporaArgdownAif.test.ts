import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArgdown } from '../../app/import/parseArgdown';
import { argdownReference, summariseOurs } from '../support/argdownReference';
import { type TempService, tempService } from '../support/tempService';
import { caseSnapshot } from './importAssertions';

/**
 * Real Argdown, AIF and xAIF files that other people and other tools wrote (`../shared/corpora`, see its README),
 * each held to what its peer does with it: Argdown read with the same statements, arguments, tags and relations
 * as `@argdown/core` 1.7.5 wherever that reads the file without error; AIF and xAIF with every I-node.
 */
const CORPORA = resolve(import.meta.dirname, '../../../shared/corpora');
const present = existsSync(CORPORA);
const files = (folder: string) =>
  present
    ? readdirSync(resolve(CORPORA, folder))
        .filter((name) => !name.startsWith('.'))
        .sort()
    : [];
const read = (folder: string, name: string) => readFileSync(resolve(CORPORA, folder, name), 'utf8');
const reference = argdownReference();

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('corpus.casewright') });
});
afterEach(() => t.dispose());

async function nodeCount(): Promise<number> {
  return (await t.api['outline-get']({})).length;
}

describe.skipIf(!present)('real-world corpora: Argdown files as @argdown/core reads them', () => {
  it.skipIf(reference !== undefined)('is skipped: @argdown/core is not installed', () => {});
  for (const name of files('argdown')) {
    const text = () => read('argdown', name);
    const peer = () => reference!(text());
    it.skipIf(!reference)(`${name}: the same statements, arguments, tags and relations, all imported`, async () => {
      const { errors, summary } = peer();
      if (errors > 0) {
        // Where the reference reports a syntax error, the file is not held to it: ours reads it or refuses it
        // naming the line, and changes nothing when it refuses.
        const before = await caseSnapshot(t.api);
        try {
          await t.api['import-argdown']({ text: text() });
        } catch (error) {
          expect((error as Error).message).toMatch(/^Argdown: line \d+: /);
          expect(await caseSnapshot(t.api)).toBe(before);
        }
        return;
      }
      expect(summariseOurs(parseArgdown(text()))).toEqual(summary);
      const imported = await t.api['import-argdown']({ text: text() });
      expect(imported.nodes).toBe(summary.statements.length + summary.arguments.length);
      expect(await nodeCount()).toBe(imported.nodes);
    });
  }
});

interface AifFile {
  nodes: { nodeID: string | number; text?: string | null; type: string }[];
}

describe.skipIf(!present)('real-world corpora: AIF and xAIF files as AIFdb and OVA3 open them', () => {
  for (const name of files('aif')) {
    it(`${name}: every I-node imported, no relation skipped`, async () => {
      const value = JSON.parse(read('aif', name)) as AifFile | { AIF: AifFile };
      const graph = 'AIF' in value ? value.AIF : value;
      const statements = graph.nodes
        .filter((node) => node.type === 'I')
        .map((node) => (node.text ?? '').replace(/\s+/g, ' ').trim())
        .sort();
      const imported = await t.api['import-aif']({ text: read('aif', name) });
      expect(imported.warnings.filter((warning) => /skipped|points to nothing|no conclusion/.test(warning))).toEqual(
        [],
      );
      const titles = (await t.api['outline-get']({})).map((row) => row.title).sort();
      expect(titles).toEqual(statements);
    });
  }
});

describe.runIf(!present)('real-world corpora', () => {
  it(`are skipped: ${CORPORA} is absent (a clone outside the Casewright workspace)`, () => {});
});
