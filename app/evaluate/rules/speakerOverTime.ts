import { createFinding } from '../createFinding';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';

const minutesText = (minutes: number) => `${Number(minutes.toFixed(2))} minute${minutes === 1 ? '' : 's'}`;

/** A speaker whose points, in reading order, need more minutes than the speaker has; found at the point that tips it over. */
export const speakerOverTime: GapRule = {
  id: 'speaker-over-time',
  severity: 'warning',
  check({ nodes, tree, oral }) {
    if (oral.speakers.length === 0) return [];
    const budget = new Map(oral.speakers.map((speaker) => [speaker.name, speaker.minutes]));
    const used = new Map<string, number>();
    const over = new Map<string, number>();
    for (const index of tree.preorder) {
      const node = nodes[index]!;
      if (!node.speaker || !node.minutes || !budget.has(node.speaker)) continue;
      const total = (used.get(node.speaker) ?? 0) + node.minutes;
      used.set(node.speaker, total);
      if (total > budget.get(node.speaker)! + 1e-9 && !over.has(node.speaker)) over.set(node.speaker, node.id);
    }
    const findings: Finding[] = [];
    for (const [speaker, nodeId] of over) {
      const message = `${speaker} has ${minutesText(used.get(speaker)!)} of points for ${minutesText(budget.get(speaker)!)}.`;
      const hint = 'Shorten the points, give one of them to another speaker, or give the speaker more time.';
      findings.push(createFinding(speakerOverTime, nodeId, message, hint));
    }
    return findings;
  },
};
