import { createFinding } from '../createFinding';
import { describeNode } from '../describeNode';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';
import { NODE_TRAITS } from '../readNodes';

/** A node, notes included, whose title is empty or only whitespace. */
export const emptyTitle: GapRule = {
  id: 'empty-title',
  severity: 'error',
  check({ scope, nodes, table, tree }) {
    const { traits } = table;
    const { parentIndex } = tree;
    const findings: Finding[] = [];
    for (const index of scope) {
      if (!(traits[index]! & NODE_TRAITS.untitled)) continue;
      const node = nodes[index]!;
      const parent = parentIndex[index]!;
      const place = parent < 0 ? ' at the top level' : ` under ${describeNode(nodes[parent]!)}`;
      const message = `${describeNode(node)}${place} has no title.`;
      const hint = 'Give it a title that states its proposition in one line.';
      findings.push(createFinding(emptyTitle, node.id, message, hint));
    }
    return findings;
  },
};
