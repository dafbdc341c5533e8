import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/casewright');

/** A node as `casewright show --json` prints it. */
export interface StoredNode {
  id: number;
  kind: string;
  title: string;
  side?: string;
  status?: string;
  assessment?: string;
  text?: string;
  /** The body as the editor's document (ProseMirror JSON). */
  body?: { content: unknown[] };
  children?: StoredNode[];
}

/** Runs the CLI with its data folder in `folder/home`; throws with its stderr when it fails. */
export function runCli(folder: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CASEWRIGHT_HOME: join(folder, 'home') },
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`casewright ${args[0]}: ${result.stderr}`);
  return result.stdout;
}

/** Every node of a case file, read back through the CLI, in reading order. */
export function storedNodes(folder: string, file: string): StoredNode[] {
  const nodes: StoredNode[] = [];
  const walk = (list: StoredNode[] = []) => {
    for (const node of list) {
      nodes.push(node);
      walk(node.children);
    }
  };
  walk(JSON.parse(runCli(folder, 'show', file, '--json')).nodes);
  return nodes;
}

/** The only stored node whose title starts with `start`. */
export function storedNode(folder: string, file: string, start: string): StoredNode {
  const found = storedNodes(folder, file).filter((node) => node.title.startsWith(start));
  if (found.length !== 1) throw new Error(`expected one node titled “${start}…”, found ${found.length}`);
  return found[0]!;
}
