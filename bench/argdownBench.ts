import { createRequire } from 'node:module';
import { argdownFromDocument } from '../app/export/argdownFromDocument';
import { argdownToDocument } from '../app/import/argdownToDocument';
import type { CasewrightDocument, DocumentNode } from '../app/interchange/documentSchema';
import { median } from './measure';

/** What the reference parser's run gives back, as far as the benchmark reads it. */
interface ArgdownResponse {
  statements?: Record<string, unknown>;
  relations?: unknown[];
  parserErrors?: unknown[];
  lexerErrors?: unknown[];
}

interface ArgdownCore {
  ArgdownApplication: new () => {
    addPlugin(plugin: unknown, processor: string): void;
    run(request: { input: string; process: string[]; logLevel: string }): ArgdownResponse;
  };
  ParserPlugin: new () => unknown;
  DataPlugin: new () => unknown;
  ModelPlugin: new () => unknown;
}

/** The parser of `@argdown/cli` 1.x (its `@argdown/core`), as `argdown json` runs it, less reading and writing files. */
function referenceParser(): ((text: string) => ArgdownResponse) | undefined {
  let core: ArgdownCore;
  try {
    core = createRequire(import.meta.url)('@argdown/core') as ArgdownCore;
  } catch {
    return undefined;
  }
  const application = new core.ArgdownApplication();
  application.addPlugin(new core.ParserPlugin(), 'parse-input');
  application.addPlugin(new core.DataPlugin(), 'build-model');
  application.addPlugin(new core.ModelPlugin(), 'build-model');
  return (input) => application.run({ input, process: ['parse-input', 'build-model'], logLevel: 'error' });
}

function countNodes(nodes: readonly DocumentNode[] | undefined): number {
  return (nodes ?? []).reduce((total, node) => total + 1 + countNodes(node.children), 0);
}

/** Timings of Argdown on one case: our export, our import's parse, and the reference parser on the same text. */
export interface ArgdownFigures {
  exportMs: number;
  parseMs: number;
  referenceMs: number | null;
  nodes: number;
  importedNodes: number;
  referenceStatements: number | null;
  referenceErrors: number | null;
  bytes: number;
}

/** Exports the case to Argdown, then reads the text back with our importer and with `@argdown/core` 1.x. */
export function measureArgdown(document: CasewrightDocument, runs = 9): ArgdownFigures {
  const text = argdownFromDocument(document);
  const exportMs = median(() => argdownFromDocument(document), runs);
  const parseMs = median(() => argdownToDocument(text), runs);
  const imported = argdownToDocument(text);
  const reference = referenceParser();
  const response = reference?.(text);
  return {
    exportMs,
    parseMs,
    referenceMs: reference ? median(() => reference(text), runs) : null,
    nodes: countNodes(document.nodes),
    importedNodes: countNodes(imported.document.nodes),
    referenceStatements: response ? Object.keys(response.statements ?? {}).length : null,
    referenceErrors: response ? (response.parserErrors?.length ?? 0) + (response.lexerErrors?.length ?? 0) : null,
    bytes: Buffer.byteLength(text),
  };
}
