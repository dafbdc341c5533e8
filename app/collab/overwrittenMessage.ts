import { NODE_FIELDS } from '../model/nodeFields';
import type { LostWrite } from './lostWrites';

function shown(value: unknown): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return 'none';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return `“${String(value)}”`;
}

/** Says which field of which node a collaborator's concurrent edit overwrote, with both values. */
export function overwrittenMessage(write: LostWrite, by: string, title: string): string {
  if (write.field === 'title') {
    return `${by} retitled a node ${shown(write.kept)} at the same time as you retitled it ${shown(write.lost)}; theirs was kept.`;
  }
  const label = NODE_FIELDS[write.field].label.toLowerCase();
  return `${by} set the ${label} of “${title}” to ${shown(write.kept)} at the same time as you set it to ${shown(write.lost)}; theirs was kept.`;
}
