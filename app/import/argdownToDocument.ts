import { invalidInput } from '../model/errors';
import { graphToNodes } from './graphToNodes';
import type { ImportedDocument } from './importedDocument';
import { parseArgdown } from './parseArgdown';

/**
 * Builds a document from Argdown: statements and arguments become nodes (claims unless their data
 * says otherwise), supports become supporting children, attacks become counters (responses under a
 * counter), and relation trees nest.
 */
export function argdownToDocument(text: string): ImportedDocument {
  const { graph, warnings } = parseArgdown(text);
  if (graph.nodes.length === 0) throw invalidInput('Argdown: the text has no statements or arguments to import.');
  const tree = graphToNodes(graph, 'Argdown');
  return {
    document: { format: 'casewright', version: 1, nodes: tree.nodes },
    warnings: [...warnings, ...tree.warnings],
  };
}
