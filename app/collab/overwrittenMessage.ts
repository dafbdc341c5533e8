import type { documentSchemas } from '../interchange/documentSchema';
import { NODE_FIELDS, type NodeFieldName } from '../model/nodeFields';
import type { LostWrite } from './lostWrites';

type CaseSettingKey = keyof ReturnType<typeof documentSchemas>['caseSchema']['shape'];

/** The case settings as the user knows them. */
export const CASE_SETTING_LABELS: Record<CaseSettingKey, string> = {
  title: 'title',
  forum: 'forum',
  applicant: 'applicant',
  respondent: 'respondent',
  side: 'side',
  citationStyle: 'citation style',
  thresholds: 'proof thresholds',
  passimThreshold: 'passim threshold',
  wordLimits: 'word limits',
  mapDirection: 'map direction',
  oral: 'oral-argument settings',
};

function shown(value: unknown): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return 'none';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return 'other values';
  return `“${String(value)}”`;
}

/** Says which field of which node a collaborator's concurrent edit overwrote, with both values. */
export function overwrittenMessage(write: LostWrite, by: string, title: string): string {
  if (write.field === 'title') {
    return `${by} retitled a node ${shown(write.kept)} at the same time as you retitled it ${shown(write.lost)}; theirs was kept.`;
  }
  const label = NODE_FIELDS[write.field as NodeFieldName].label.toLowerCase();
  return `${by} set the ${label} of “${title}” to ${shown(write.kept)} at the same time as you set it to ${shown(write.lost)}; theirs was kept.`;
}

/** Says which case setting a collaborator's concurrent edit overwrote, with both values. */
export function overwrittenSettingMessage(write: LostWrite, by: string): string {
  const label = CASE_SETTING_LABELS[write.field as keyof typeof CASE_SETTING_LABELS];
  return `${by} set the case's ${label} to ${shown(write.kept)} at the same time as you set it to ${shown(write.lost)}; theirs was kept.`;
}
