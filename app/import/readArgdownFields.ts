import { invalidInput } from '../model/errors';
import { ASSESSMENTS, MODES, NODE_KINDS, type NodeKind, PROOF_STANDARDS, SIDES, WEIGHTS } from '../model/types';
import type { NodeFields } from './graphToNodes';
import type { ArgdownValue } from './parseArgdownData';

/** What an Argdown data block says about a node, in Casewright's terms. */
export interface ArgdownFields {
  kind?: NodeKind;
  title?: string;
  fields: NodeFields;
  /** Data fields Casewright has no use for (another tool's), reported rather than dropped silently. */
  unknown: string[];
}

const ENUMS = {
  kind: NODE_KINDS,
  mode: MODES,
  standard: PROOF_STANDARDS,
  weight: WEIGHTS,
  assessment: ASSESSMENTS,
  side: SIDES,
} as const;

/** Reads the fields Casewright knows from an Argdown data block; a wrong value is an error at `where`. */
export function readArgdownFields(data: Record<string, ArgdownValue>, where: string): ArgdownFields {
  const result: ArgdownFields = { fields: {}, unknown: [] };
  const fail = (key: string, message: string) => invalidInput(`${where}: data field "${key}": ${message}`, where);
  for (const [key, value] of Object.entries(data)) {
    if (key in ENUMS) {
      const allowed = ENUMS[key as keyof typeof ENUMS] as readonly string[];
      const normalised =
        typeof value === 'string'
          ? value
              .trim()
              .toLowerCase()
              .replace(/[\s-]+/g, '_')
          : value;
      if (typeof normalised !== 'string' || !allowed.includes(normalised)) {
        throw fail(key, `${JSON.stringify(value)} is not allowed; expected one of ${allowed.join(', ')}`);
      }
      if (key === 'kind') result.kind = normalised as NodeKind;
      else (result.fields as Record<string, unknown>)[key] = normalised;
    } else if (key === 'title') {
      if (typeof value !== 'string' || value.length > 2000)
        throw fail(key, 'expected text of at most 2,000 characters');
      result.title = value;
    } else if (key === 'disputed') {
      if (typeof value !== 'boolean') throw fail(key, 'expected true or false');
      result.fields.disputed = value;
    } else if (key === 'tags') {
      const tags = Array.isArray(value) ? value : [value];
      if (tags.length > 100 || tags.some((tag) => typeof tag !== 'string' || tag.length < 1 || tag.length > 100)) {
        throw fail(key, 'expected a list of at most 100 tags of 1 to 100 characters');
      }
      result.fields.tags = tags as string[];
    } else {
      result.unknown.push(key);
    }
  }
  return result;
}
