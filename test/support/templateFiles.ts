/**
 * The built-in templates in `templates/`, read directly from their JSON files (independent of app/ code), and
 * the helpers the template content tests share.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TEMPLATES_DIR = join(import.meta.dirname, '..', '..', 'templates');

/** The ids of the built-in templates the templates issue requires. */
export const REQUIRED_IDS = [
  'unsc-sanctions-breach',
  'icj-proceedings',
  'npt-contravention',
  'state-responsibility-aid',
  'russia-dprk-pact-2024',
  'legal-memo',
  'moot-memorial',
];
/** Generic skeletons: their evidence nodes are slots, titled in square brackets. */
export const SKELETONS = new Set(['legal-memo', 'moot-memorial']);
export const SAMPLE = 'russia-dprk-pact-2024';

// The kinds and authority types as PRODUCT.md section 3 lists them, written out here rather than imported from
// app/model so that the template files are checked against the specification, not against the code.
export const KINDS = ['issue', 'claim', 'rule', 'evidence', 'counter', 'response', 'note', 'question'];
export const AUTHORITY_TYPES = [
  'treaty',
  'un_document',
  'case',
  'legislation',
  'book',
  'article',
  'report',
  'webpage',
  'other',
];
export const PINPOINTED_TYPES = new Set(['treaty', 'un_document', 'case', 'legislation']);
export const ENUMS: Record<string, readonly string[]> = {
  mode: ['all', 'any'],
  standard: ['scintilla', 'preponderance', 'clear_and_convincing', 'beyond_reasonable_doubt'],
  weight: ['strong', 'moderate', 'weak'],
  assessment: ['accepted', 'contested', 'rejected'],
  side: ['applicant', 'respondent'],
  difficulty: ['easy', 'medium', 'hard'],
};
/** Which node kinds may carry each kind-specific field. */
export const FIELD_KINDS: Record<string, readonly string[]> = {
  mode: ['issue', 'claim', 'counter', 'response'],
  standard: ['issue', 'claim', 'counter', 'response'],
  weight: ['evidence'],
  assessment: ['evidence'],
  disputed: ['rule'],
  difficulty: ['question'],
};
export const NODE_FIELDS = new Set([
  'kind',
  'title',
  'text',
  'mode',
  'standard',
  'weight',
  'assessment',
  'disputed',
  'side',
  'tags',
  'difficulty',
  'children',
]);

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface TemplateNode {
  kind: string;
  title: string;
  text?: string;
  mode?: string;
  standard?: string;
  weight?: string;
  assessment?: string;
  disputed?: boolean;
  side?: string;
  tags?: string[];
  difficulty?: string;
  children?: TemplateNode[];
}

export interface TemplateAuthority {
  key: string;
  type: string;
  short: string;
  csl: JsonObject;
}

export interface TemplateFile {
  format: string;
  version: number;
  template: { id: string; title: string; description: string };
  case: { title: string; forum: string; applicant: string; respondent: string; side: string; citationStyle: string };
  authorities: TemplateAuthority[];
  nodes: TemplateNode[];
}

export interface Citation {
  key: string;
  pinpoint: string;
  /** The text before the citation in its own sentence. */
  before: string;
}

export interface Loaded {
  file: string;
  raw: string;
  json: Json;
  doc: TemplateFile;
}

export const loaded: Loaded[] = readdirSync(TEMPLATES_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const raw = readFileSync(join(TEMPLATES_DIR, file), 'utf8');
    const json = JSON.parse(raw) as Json;
    return { file, raw, json, doc: json as unknown as TemplateFile };
  });

export function template(id: string): TemplateFile {
  const found = loaded.find((entry) => entry.doc.template?.id === id);
  if (!found) throw new Error(`template ${id} not found`);
  return found.doc;
}

export function allNodes(nodes: readonly TemplateNode[]): TemplateNode[] {
  const out: TemplateNode[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    for (const child of [...(node.children ?? [])].reverse()) stack.push(child);
  }
  return out;
}

/** Pandoc-style citations `[@key]`, `[@key, pinpoint]` and groups `[@a, p; @b]`, as the Markdown importer reads them. */
export function citations(text: string | undefined): Citation[] {
  const out: Citation[] = [];
  if (!text) return out;
  for (const match of text.matchAll(/\[@([^\]]*)\]/g)) {
    const sentenceStart = Math.max(text.lastIndexOf('. ', match.index), text.lastIndexOf('\n', match.index));
    const before = text.slice(sentenceStart + 1, match.index);
    for (const part of `@${match[1]}`.split(';')) {
      const parsed = /^\s*@([^\s,;\]]+)\s*(?:,\s*(.*?))?\s*$/.exec(part);
      if (!parsed?.[1]) throw new Error(`unreadable citation "[${part}]" in: ${text}`);
      out.push({ key: parsed[1], pinpoint: parsed[2] ?? '', before });
    }
  }
  return out;
}

export function authorityType(doc: TemplateFile, key: string): string | undefined {
  return doc.authorities.find((authority) => authority.key === key)?.type;
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every string in the document, wherever it is. */
export function allStrings(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (isObject(value)) return Object.values(value).flatMap(allStrings);
  return [];
}

export function checkKeys(value: JsonObject, allowed: readonly string[], path: string, problems: string[]): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) problems.push(`${path}.${key}: unknown field`);
}

export function checkDate(value: Json | undefined, path: string, problems: string[]): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    problems.push(`${path}: not a CSL date`);
    return;
  }
  const parts = value['date-parts'];
  if (parts === undefined) {
    if (typeof value.literal !== 'string') problems.push(`${path}: needs date-parts or literal`);
    return;
  }
  const first = Array.isArray(parts) ? parts[0] : undefined;
  if (!Array.isArray(first) || first.length === 0 || first.length > 3 || !first.every(Number.isInteger)) {
    problems.push(`${path}: date-parts must be [[year, month?, day?]] of integers`);
  }
}

/** Recursive checker of the `casewright/1` template shape: only known fields, only allowed values. */
export function shapeProblems(json: Json): string[] {
  const problems: string[] = [];
  if (!isObject(json)) return ['top level: not an object'];
  checkKeys(json, ['format', 'version', 'template', 'case', 'authorities', 'nodes'], '', problems);
  if (json.format !== 'casewright') problems.push('format must be "casewright"');
  if (json.version !== 1) problems.push('version must be 1');

  const info = json.template;
  if (!isObject(info)) problems.push('template: missing');
  else {
    checkKeys(info, ['id', 'title', 'description'], 'template', problems);
    for (const field of ['id', 'title', 'description']) {
      if (typeof info[field] !== 'string' || (info[field] as string).trim() === '')
        problems.push(`template.${field}: empty`);
    }
    if (typeof info.description === 'string' && info.description.includes('\n'))
      problems.push('template.description: one line');
  }

  const caseInfo = json.case;
  if (!isObject(caseInfo)) problems.push('case: missing');
  else {
    const caseFields = ['title', 'forum', 'applicant', 'respondent', 'side', 'citationStyle'];
    checkKeys(caseInfo, caseFields, 'case', problems);
    for (const field of caseFields)
      if (typeof caseInfo[field] !== 'string') problems.push(`case.${field}: not a string`);
    // A party is the placeholder, or a name the template gives (the sample case names its two States).
    for (const party of ['applicant', 'respondent'] as const) {
      const value = caseInfo[party];
      if (typeof value === 'string' && value !== `{{${party}}}` && (value.trim() === '' || value.includes('{{')))
        problems.push(`case.${party} must be "{{${party}}}" or a name`);
    }
    if (!['applicant', 'respondent', 'both'].includes(caseInfo.side as string)) problems.push('case.side: bad value');
    if (caseInfo.citationStyle !== 'oscola') problems.push('case.citationStyle must be "oscola"');
  }

  const authorities = Array.isArray(json.authorities) ? json.authorities : [];
  if (!Array.isArray(json.authorities)) problems.push('authorities: not an array');
  const keys = new Set<string>();
  authorities.forEach((authority, index) => {
    const path = `authorities[${index}]`;
    if (!isObject(authority)) {
      problems.push(`${path}: not an object`);
      return;
    }
    checkKeys(authority, ['key', 'type', 'short', 'csl'], path, problems);
    if (typeof authority.key !== 'string' || !/^[A-Za-z0-9_-]+$/.test(authority.key))
      problems.push(`${path}.key: bad key`);
    else if (keys.has(authority.key)) problems.push(`${path}.key: duplicate ${authority.key}`);
    else keys.add(authority.key);
    if (!AUTHORITY_TYPES.includes(authority.type as string)) problems.push(`${path}.type: bad value`);
    if (typeof authority.short !== 'string' || authority.short.trim() === '') problems.push(`${path}.short: empty`);
    const csl = authority.csl;
    if (!isObject(csl)) problems.push(`${path}.csl: missing`);
    else {
      if (typeof csl.type !== 'string') problems.push(`${path}.csl.type: missing`);
      if (typeof csl.title !== 'string' && authority.type !== 'un_document')
        problems.push(`${path}.csl.title: missing`);
      for (const field of ['issued', 'event-date', 'accessed']) checkDate(csl[field], `${path}.csl.${field}`, problems);
    }
  });

  const checkNode = (node: Json, path: string) => {
    if (!isObject(node)) {
      problems.push(`${path}: not an object`);
      return;
    }
    for (const field of Object.keys(node))
      if (!NODE_FIELDS.has(field)) problems.push(`${path}.${field}: unknown field`);
    const kind = node.kind as string;
    if (!KINDS.includes(kind)) problems.push(`${path}.kind: bad value ${JSON.stringify(node.kind)}`);
    if (typeof node.title !== 'string' || node.title.trim() === '') problems.push(`${path}.title: empty`);
    else if (node.title.includes('\n')) problems.push(`${path}.title: must be one line`);
    if (node.text !== undefined && typeof node.text !== 'string') problems.push(`${path}.text: not a string`);
    for (const [field, values] of Object.entries(ENUMS)) {
      if (node[field] !== undefined && !values.includes(node[field] as string))
        problems.push(`${path}.${field}: bad value`);
    }
    for (const [field, kinds] of Object.entries(FIELD_KINDS)) {
      if (node[field] !== undefined && !kinds.includes(kind))
        problems.push(`${path}.${field}: not allowed on a ${kind}`);
    }
    if (node.disputed !== undefined && typeof node.disputed !== 'boolean')
      problems.push(`${path}.disputed: not a boolean`);
    if (kind === 'evidence' && (node.weight === undefined || node.assessment === undefined)) {
      problems.push(`${path}: evidence needs a weight and an assessment`);
    }
    if (node.tags !== undefined) {
      if (!Array.isArray(node.tags) || !node.tags.every((tag) => typeof tag === 'string' && tag.trim() !== '')) {
        problems.push(`${path}.tags: must be non-empty strings`);
      }
    }
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) problems.push(`${path}.children: not an array`);
      else
        node.children.forEach((child, index) => {
          checkNode(child, `${path}.children[${index}]`);
        });
    }
  };
  if (!Array.isArray(json.nodes) || json.nodes.length === 0) problems.push('nodes: missing');
  else
    json.nodes.forEach((node, index) => {
      checkNode(node, `nodes[${index}]`);
    });
  return problems;
}

/** The nodes citing `key` with a pinpoint starting with `pinpoint` (e.g. "art 36(2)" also matches "art 36(2)(a)"). */
export function nodesCiting(doc: TemplateFile, key: string, pinpoint: string, kind?: string): TemplateNode[] {
  return allNodes(doc.nodes).filter(
    (node) =>
      (kind === undefined || node.kind === kind) &&
      citations(node.text).some((citation) => citation.key === key && citation.pinpoint.startsWith(pinpoint)),
  );
}

export function wording(node: TemplateNode): string {
  return `${node.title} ${node.text ?? ''}`;
}

export function dateParts(doc: TemplateFile, key: string): Json | undefined {
  const issued = doc.authorities.find((authority) => authority.key === key)?.csl.issued;
  return isObject(issued) ? issued['date-parts'] : undefined;
}
