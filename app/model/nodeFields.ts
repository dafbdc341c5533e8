import { TITLE_MAX_LENGTH } from './limits';
import { DIFFICULTIES } from './oral';
import {
  ASSESSMENTS,
  KINDS_WITH_SPEAKER,
  KINDS_WITH_STANDARD,
  MODES,
  NODE_KINDS,
  PROOF_STANDARDS,
  SIDES,
  WEIGHTS,
} from './types';

/**
 * How a field is held: text (trimmed, and null when empty, if nullable), a number (null when not set), one of a
 * list of values, a yes/no flag, or a list of short texts.
 */
export type FieldSpec =
  | { type: 'text'; label: string; maxLength: number; nullable?: true; kinds?: readonly string[] }
  | { type: 'number'; label: string; min: number; max: number; message: string; kinds?: readonly string[] }
  | { type: 'choice'; label: string; values: readonly string[]; nullable: boolean; kinds?: readonly string[] }
  | { type: 'flag'; label: string; kinds?: readonly string[] }
  | { type: 'list'; label: string; maxItems: number; maxLength: number };

/**
 * The fields of a node a user edits (apart from its place in the tree and its body), in the order of their columns.
 * The one declaration from which the store's columns and statements, the undo capture, the API's and the
 * `casewright/1` schemas, the interchange rows and the editor's field list follow. A field with `kinds` applies only
 * to nodes of those kinds; on others it holds its empty value (null, false). Each field's column is its name in
 * snake_case; a test holds this list against the `nodes` table.
 */
export const NODE_FIELDS = {
  kind: { type: 'choice', label: 'Kind', values: NODE_KINDS, nullable: false },
  title: { type: 'text', label: 'Title', maxLength: TITLE_MAX_LENGTH },
  side: { type: 'choice', label: 'Side', values: SIDES, nullable: true },
  mode: { type: 'choice', label: 'Support needed', values: MODES, nullable: true, kinds: KINDS_WITH_STANDARD },
  standard: {
    type: 'choice',
    label: 'Proof standard',
    values: PROOF_STANDARDS,
    nullable: true,
    kinds: KINDS_WITH_STANDARD,
  },
  weight: { type: 'choice', label: 'Weight', values: WEIGHTS, nullable: true, kinds: ['evidence'] },
  assessment: { type: 'choice', label: 'Assessment', values: ASSESSMENTS, nullable: true, kinds: ['evidence'] },
  disputed: { type: 'flag', label: 'Disputed', kinds: ['rule'] },
  tags: { type: 'list', label: 'Tags', maxItems: 100, maxLength: 100 },
  speaker: { type: 'text', label: 'Speaker', maxLength: 200, nullable: true, kinds: KINDS_WITH_SPEAKER },
  minutes: {
    type: 'number',
    label: 'Minutes',
    min: 0.5,
    max: 600,
    message: 'minutes are a number from 0.5 to 600',
    kinds: KINDS_WITH_SPEAKER,
  },
  difficulty: { type: 'choice', label: 'Difficulty', values: DIFFICULTIES, nullable: true, kinds: ['question'] },
} as const satisfies Record<string, FieldSpec>;

type Fields = typeof NODE_FIELDS;
export type NodeFieldName = keyof Fields;

/** The value a field holds, from its declaration. */
type FieldValue<Spec> = Spec extends { type: 'choice'; values: readonly (infer Value)[]; nullable: infer Nullable }
  ? Nullable extends true
    ? Value | null
    : Value
  : Spec extends { type: 'flag' }
    ? boolean
    : Spec extends { type: 'list' }
      ? string[]
      : Spec extends { type: 'number' }
        ? number | null
        : Spec extends { nullable: true }
          ? string | null
          : string;

/** The fields of a node a user edits, apart from its place in the tree and its body. */
export type NodeFields = { -readonly [Name in NodeFieldName]: FieldValue<Fields[Name]> };

/** Every field's name, in the order of the declaration (and of the columns). */
export const NODE_FIELD_NAMES = Object.keys(NODE_FIELDS) as NodeFieldName[];

/** A field's column in the `nodes` table. */
export const fieldColumn = (name: string): string => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The columns of the fields, in order. */
export const NODE_FIELD_COLUMNS = NODE_FIELD_NAMES.map(fieldColumn);
/** Every column of the `nodes` table, in order: its place in the tree, the fields, then the body and its plain text. */
export const NODE_TABLE_COLUMNS = ['id', 'parent_id', 'position', ...NODE_FIELD_COLUMNS, 'body', 'text'];

/** Whether a field applies to nodes of a kind. */
export function fieldApplies(name: NodeFieldName, kind: string): boolean {
  const spec: FieldSpec = NODE_FIELDS[name];
  return !('kinds' in spec) || spec.kinds === undefined || spec.kinds.includes(kind);
}

/** A field's empty value: what a new node has unless told otherwise, and what a field holds on a kind it does not apply to. */
export function emptyValue(name: NodeFieldName): NodeFields[NodeFieldName] {
  const spec: FieldSpec = NODE_FIELDS[name];
  if (spec.type === 'text') return spec.nullable ? null : '';
  if (spec.type === 'number') return null;
  if (spec.type === 'flag') return false;
  if (spec.type === 'list') return [];
  return spec.nullable ? null : (spec.values[0] as NodeFields[NodeFieldName]);
}

/** Whether a value is a field's empty value (null, false, no items), which the interchange format leaves out. */
export function isEmptyValue(value: unknown): boolean {
  return value === null || value === false || (Array.isArray(value) && value.length === 0);
}

/** The fields of a new node of `kind`: the values given, empty where none is given. */
export function newNodeFields(kind: NodeFields['kind'], given: Partial<NodeFields> = {}): NodeFields {
  const fields: Record<string, unknown> = {};
  for (const name of NODE_FIELD_NAMES) fields[name] = given[name] ?? emptyValue(name);
  fields.kind = kind;
  return fields as NodeFields;
}

/** Just the fields of a node (or of anything that carries them). */
export function pickFields(node: NodeFields): NodeFields {
  const fields: Record<string, unknown> = {};
  for (const name of NODE_FIELD_NAMES) fields[name] = node[name];
  return fields as NodeFields;
}

/** The fields as they stand under another kind: those that do not apply to it are emptied. */
export function fieldsForKind(fields: NodeFields, kind: NodeFields['kind']): NodeFields {
  const result: Record<string, unknown> = { ...fields, kind };
  for (const name of NODE_FIELD_NAMES) if (!fieldApplies(name, kind)) result[name] = emptyValue(name);
  return result as NodeFields;
}

/** Whether two nodes agree on every field. */
export function sameFields(first: NodeFields, second: NodeFields): boolean {
  return NODE_FIELD_NAMES.every((name) => {
    const left = first[name];
    const right = second[name];
    if (Array.isArray(left) && Array.isArray(right)) {
      return left.length === right.length && left.every((item, index) => item === right[index]);
    }
    return left === right;
  });
}

/** A field's value as its column stores it: a flag as 0 or 1, a list as JSON. */
export function toColumn(name: NodeFieldName, value: unknown): string | number | null {
  const type = NODE_FIELDS[name].type;
  if (type === 'flag') return value ? 1 : 0;
  if (type === 'list') return JSON.stringify(value);
  return value as string | null;
}

const NO_ITEMS: string[] = [];

/** A field's value from its column. */
export function fromColumn(name: NodeFieldName, stored: unknown): unknown {
  const type = NODE_FIELDS[name].type;
  if (type === 'flag') return stored === 1;
  if (type === 'list') return stored === '[]' ? NO_ITEMS : JSON.parse(stored as string);
  return stored;
}
