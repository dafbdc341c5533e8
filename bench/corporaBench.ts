import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aifToDocument } from '../app/import/aifToDocument';
import { argdownToDocument } from '../app/import/argdownToDocument';
import { parseArgdown } from '../app/import/parseArgdown';
import type { DocumentNode } from '../app/interchange/documentSchema';
import { type ArgdownSummary, argdownReference, summariseOurs } from '../test/support/argdownReference';
import { median } from './measure';

/** One Argdown file read by our import and by `@argdown/core` 1.7.5 (parse and model, as `argdown json` runs it). */
export interface ArgdownFileRow {
  file: string;
  ours: { statements: number; arguments: number; relations: number } | { refused: string };
  reference: { statements: number; arguments: number; relations: number; errors: number } | null;
  /** Whether both read the same statements, arguments, tags and relations (null where the reference reports errors). */
  agree: boolean | null;
  oursMs: number | null;
  referenceMs: number | null;
}

/** One AIF or xAIF file: the I-nodes it holds and the nodes our import makes of them. */
export interface AifFileRow {
  file: string;
  inodes: number;
  imported: number | { refused: string };
  oursMs: number | null;
}

const counts = (summary: ArgdownSummary) => ({
  statements: summary.statements.length,
  arguments: summary.arguments.length,
  relations: summary.relations.length,
});

/** Reads every `.argdown`/`.ad` file of `folder` with both readers, timing each (median of `runs`). */
export function measureArgdownFiles(folder: string, runs = 7): ArgdownFileRow[] {
  const reference = argdownReference();
  return readdirSync(folder)
    .filter((name) => /\.(argdown|ad)$/.test(name))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const peer = reference?.(text);
      let ours: ArgdownFileRow['ours'];
      let summary: ArgdownSummary | null = null;
      let imports = false;
      try {
        summary = summariseOurs(parseArgdown(text));
        ours = counts(summary);
        // A file with nothing in it reads the same as the reference's (nothing) but is refused as an import.
        imports = argdownToDocument(text) !== undefined;
      } catch (error) {
        ours = summary ? counts(summary) : { refused: (error as Error).message };
      }
      const agree =
        !peer || peer.errors > 0 ? null : summary !== null && JSON.stringify(summary) === JSON.stringify(peer.summary);
      return {
        file,
        ours,
        reference: peer ? { ...counts(peer.summary), errors: peer.errors } : null,
        agree,
        oursMs: imports ? median(() => argdownToDocument(text), runs) : null,
        referenceMs: reference ? median(() => reference(text), runs) : null,
      };
    });
}

function countNodes(nodes: readonly DocumentNode[] | undefined): number {
  return (nodes ?? []).reduce((total, node) => total + 1 + countNodes(node.children), 0);
}

/** Reads every `.json` file of `folder` as AIF or xAIF. */
export function measureAifFiles(folder: string, runs = 7): AifFileRow[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const value = JSON.parse(text) as { nodes?: { type?: string }[]; AIF?: { nodes?: { type?: string }[] } };
      const inodes = (value.AIF ?? value).nodes?.filter((node) => node.type === 'I').length ?? 0;
      try {
        const imported = countNodes(aifToDocument(text).document.nodes);
        return { file, inodes, imported, oursMs: median(() => aifToDocument(text), runs) };
      } catch (error) {
        return { file, inodes, imported: { refused: (error as Error).message }, oursMs: null };
      }
    });
}
