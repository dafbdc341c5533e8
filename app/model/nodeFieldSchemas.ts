import * as z from 'zod';
import {
  type FieldSpec,
  fieldApplies,
  NODE_FIELD_NAMES,
  NODE_FIELDS,
  type NodeFieldName,
  type NodeFields,
} from './nodeFields';

type Value<Name extends NodeFieldName> = NonNullable<NodeFields[Name]>;

/**
 * The schema of a field's value, never null: the interchange format leaves an empty field out. The API trims the
 * items of a list (what a user typed); a document's items are kept as written.
 */
function valueSchema(spec: FieldSpec, forApi: boolean): z.ZodType {
  switch (spec.type) {
    case 'text':
      return spec.nullable ? z.string().trim().min(1).max(spec.maxLength) : z.string().max(spec.maxLength);
    case 'number':
      return z.number(spec.message).min(spec.min, spec.message).max(spec.max, spec.message);
    case 'choice':
      return z.enum(spec.values as [string, ...string[]]);
    case 'flag':
      return z.boolean();
    case 'list':
      return z.array((forApi ? z.string().trim() : z.string()).min(1).max(spec.maxLength)).max(spec.maxItems);
  }
}

const schemas = (forApi: boolean) =>
  Object.fromEntries(
    NODE_FIELD_NAMES.map((name) => {
      const spec: FieldSpec = NODE_FIELDS[name];
      const schema = valueSchema(spec, forApi);
      const nullable = spec.type === 'number' || ((spec.type === 'choice' || spec.type === 'text') && spec.nullable);
      return [name, forApi && nullable ? schema.nullable() : schema];
    }),
  );

type FieldSchemas = { [Name in NodeFieldName]: z.ZodType<NodeFields[Name], NodeFields[Name]> };
type DocumentFieldSchemas = { [Name in NodeFieldName]: z.ZodType<Value<Name>, Value<Name>> };
let apiSchemas: FieldSchemas | undefined;
let documentSchemas: DocumentFieldSchemas | undefined;

/**
 * Each field's schema as the service API takes it: an empty choice is null. Built on first use (the schemas that
 * use them are lazy), so that a command that only reads a case does not build them.
 */
export function fieldSchemas(): FieldSchemas {
  apiSchemas ??= schemas(true) as FieldSchemas;
  return apiSchemas;
}

/** Each field's schema as a `casewright/1` document holds it: an empty field is left out. Built on first use. */
export function documentFieldSchemas(): DocumentFieldSchemas {
  documentSchemas ??= schemas(false) as DocumentFieldSchemas;
  return documentSchemas;
}

const plural = (kind: string) => (kind === 'evidence' ? kind : `${kind}s`);
const listed = (words: string[]) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/** Adds an issue for each field given (not undefined) on a node of a kind it does not apply to. */
export function refuseMisplacedFields(node: Partial<Record<NodeFieldName, unknown>>, context: z.RefinementCtx): void {
  const kind = String(node.kind);
  for (const name of NODE_FIELD_NAMES) {
    if (node[name] === undefined || fieldApplies(name, kind)) continue;
    const kinds = (NODE_FIELDS[name] as { kinds: readonly string[] }).kinds;
    context.addIssue({
      code: 'custom',
      path: [name],
      message: `${name} applies only to ${listed(kinds.map(plural))}, not to a ${kind}`,
    });
  }
}
