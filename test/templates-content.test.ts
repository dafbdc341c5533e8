/**
 * Content checks for the built-in templates in `templates/`: the `casewright/1` shape (fields and values),
 * citations that resolve, rules that cite their authority with a pinpoint, placeholders, the sample case's
 * size and coverage, and pins on the legal content (provisions, paragraphs, dates) taken from
 * shared/reference/legal-facts.md. Independent of app/ code: reads the JSON files directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TEMPLATES_DIR = join(import.meta.dirname, '..', 'templates');

const REQUIRED_IDS = [
  'unsc-sanctions-breach',
  'icj-proceedings',
  'npt-contravention',
  'state-responsibility-aid',
  'russia-dprk-pact-2024',
  'legal-memo',
  'moot-memorial',
];
/** Generic skeletons whose evidence nodes may be empty slots without a cited source. */
const SKELETONS = new Set(['legal-memo', 'moot-memorial']);
const SAMPLE = 'russia-dprk-pact-2024';

const KINDS = ['issue', 'claim', 'rule', 'evidence', 'counter', 'response', 'note'];
const AUTHORITY_TYPES = [
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
const PINPOINTED_TYPES = new Set(['treaty', 'un_document', 'case', 'legislation']);
const ENUMS: Record<string, readonly string[]> = {
  mode: ['all', 'any'],
  standard: ['scintilla', 'preponderance', 'clear_and_convincing', 'beyond_reasonable_doubt'],
  weight: ['strong', 'moderate', 'weak'],
  assessment: ['accepted', 'contested', 'rejected'],
  side: ['applicant', 'respondent'],
};
/** Which node kinds may carry each kind-specific field. */
const FIELD_KINDS: Record<string, readonly string[]> = {
  mode: ['issue', 'claim', 'counter', 'response'],
  standard: ['issue', 'claim', 'counter', 'response'],
  weight: ['evidence'],
  assessment: ['evidence'],
  disputed: ['rule'],
};
const NODE_FIELDS = new Set([
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
  'children',
]);
/** Citations of primary sources that a rule may leave without a pinpoint (left to the user: no pinpoint in the reference). */
const PINPOINT_LEFT_TO_USER_IN_RULES = new Set(['monetarygold', 'easttimor']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface TemplateNode {
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
  children?: TemplateNode[];
}

interface TemplateAuthority {
  key: string;
  type: string;
  short: string;
  csl: JsonObject;
}

interface TemplateFile {
  format: string;
  version: number;
  template: { id: string; title: string; description: string };
  case: { title: string; forum: string; applicant: string; respondent: string; side: string; citationStyle: string };
  authorities: TemplateAuthority[];
  nodes: TemplateNode[];
}

interface Citation {
  key: string;
  pinpoint: string;
  /** The text before the citation in its own sentence. */
  before: string;
}

interface Loaded {
  file: string;
  raw: string;
  json: Json;
  doc: TemplateFile;
}

const loaded: Loaded[] = readdirSync(TEMPLATES_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const raw = readFileSync(join(TEMPLATES_DIR, file), 'utf8');
    const json = JSON.parse(raw) as Json;
    return { file, raw, json, doc: json as unknown as TemplateFile };
  });

function template(id: string): TemplateFile {
  const found = loaded.find((entry) => entry.doc.template?.id === id);
  if (!found) throw new Error(`template ${id} not found`);
  return found.doc;
}

function allNodes(nodes: readonly TemplateNode[]): TemplateNode[] {
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
function citations(text: string | undefined): Citation[] {
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

function authorityType(doc: TemplateFile, key: string): string | undefined {
  return doc.authorities.find((authority) => authority.key === key)?.type;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every string in the document, wherever it is. */
function allStrings(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (isObject(value)) return Object.values(value).flatMap(allStrings);
  return [];
}

function checkKeys(value: JsonObject, allowed: readonly string[], path: string, problems: string[]): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) problems.push(`${path}.${key}: unknown field`);
}

function checkDate(value: Json | undefined, path: string, problems: string[]): void {
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
function shapeProblems(json: Json): string[] {
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
    if (caseInfo.applicant !== '{{applicant}}') problems.push('case.applicant must be "{{applicant}}"');
    if (caseInfo.respondent !== '{{respondent}}') problems.push('case.respondent must be "{{respondent}}"');
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
function nodesCiting(doc: TemplateFile, key: string, pinpoint: string, kind?: string): TemplateNode[] {
  return allNodes(doc.nodes).filter(
    (node) =>
      (kind === undefined || node.kind === kind) &&
      citations(node.text).some((citation) => citation.key === key && citation.pinpoint.startsWith(pinpoint)),
  );
}

function wording(node: TemplateNode): string {
  return `${node.title} ${node.text ?? ''}`;
}

function dateParts(doc: TemplateFile, key: string): Json | undefined {
  const issued = doc.authorities.find((authority) => authority.key === key)?.csl.issued;
  return isObject(issued) ? issued['date-parts'] : undefined;
}

describe('templates: files and shape', () => {
  it('has every required template, one file per id', () => {
    const ids = loaded.map((entry) => entry.doc.template?.id);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(loaded)('$file: format, version and a template id matching the file name', ({ file, doc }) => {
    expect(doc.format).toBe('casewright');
    expect(doc.version).toBe(1);
    expect(`${doc.template.id}.json`).toBe(file);
    expect(doc.template.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it.each(loaded)('$file: is formatted with 2-space indentation', ({ raw, json }) => {
    expect(raw).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it.each(loaded)('$file: only allowed fields and values', ({ json }) => {
    expect(shapeProblems(json)).toEqual([]);
  });

  it.each(loaded)('$file: placeholders are only {{applicant}} and {{respondent}}', ({ json }) => {
    const placeholders = allStrings(json).flatMap((text) => text.match(/\{\{[^}]*\}\}|\{\{|\}\}/g) ?? []);
    for (const placeholder of placeholders) expect(['{{applicant}}', '{{respondent}}']).toContain(placeholder);
    const caseTitle = (json as unknown as TemplateFile).case.title;
    expect(caseTitle).toContain('{{applicant}}');
    expect(caseTitle).toContain('{{respondent}}');
  });

  it('gives the same bibliographic data to an authority key in every template', () => {
    const seen = new Map<string, TemplateAuthority>();
    for (const { doc } of loaded) {
      for (const authority of doc.authorities) {
        const earlier = seen.get(authority.key);
        if (earlier) expect(authority, authority.key).toEqual(earlier);
        else seen.set(authority.key, authority);
      }
    }
  });
});

describe('templates: what the gap report checks', () => {
  it.each(loaded)('$file: every citation resolves to an authority, and every authority is cited', ({ doc }) => {
    const keys = new Set(doc.authorities.map((authority) => authority.key));
    const cited = new Set<string>();
    for (const node of allNodes(doc.nodes)) {
      for (const citation of citations(node.text)) {
        expect(keys, `${citation.key} in "${node.title}"`).toContain(citation.key);
        if (node.kind !== 'note') cited.add(citation.key);
      }
    }
    for (const key of keys) expect(cited, `${key} is cited by a node other than a note`).toContain(key);
  });

  it.each(loaded)('$file: every rule cites an authority, with a pinpoint for primary sources', ({ doc }) => {
    for (const rule of allNodes(doc.nodes).filter((node) => node.kind === 'rule')) {
      const cites = citations(rule.text);
      expect(cites.length, `rule "${rule.title}" cites nothing`).toBeGreaterThan(0);
      expect(
        cites.some(
          (citation) => citation.pinpoint !== '' || !PINPOINTED_TYPES.has(authorityType(doc, citation.key) ?? ''),
        ),
        `rule "${rule.title}" has no pinpoint`,
      ).toBe(true);
      for (const citation of cites) {
        if (citation.pinpoint !== '' || !PINPOINTED_TYPES.has(authorityType(doc, citation.key) ?? '')) continue;
        expect(
          PINPOINT_LEFT_TO_USER_IN_RULES,
          `rule "${rule.title}" cites ${citation.key} without a pinpoint`,
        ).toContain(citation.key);
      }
    }
  });

  it.each(loaded)('$file: issues, claims, counters and responses have support; counters have responses', ({ doc }) => {
    for (const node of allNodes(doc.nodes)) {
      const children = node.children ?? [];
      if (['issue', 'claim', 'counter', 'response'].includes(node.kind)) {
        expect(
          children.some((child) => ['claim', 'rule', 'evidence'].includes(child.kind)),
          `${node.kind} "${node.title}" has no supporting child`,
        ).toBe(true);
      }
      if (node.kind === 'counter') {
        expect(
          children.some((child) => child.kind === 'response'),
          `counter "${node.title}" is unanswered`,
        ).toBe(true);
      }
      if (node.kind === 'response') expect(node.side, `response "${node.title}"`).toBe('applicant');
      if (node.kind === 'counter') expect(node.side, `counter "${node.title}"`).toBe('respondent');
    }
  });

  it.each(loaded)('$file: evidence cites its source (empty slots only in the generic skeletons)', ({ doc }) => {
    if (SKELETONS.has(doc.template.id)) return;
    for (const node of allNodes(doc.nodes).filter((candidate) => candidate.kind === 'evidence')) {
      expect(citations(node.text).length, `evidence "${node.title}" cites no source`).toBeGreaterThan(0);
    }
  });

  it.each(loaded)('$file: pinpoints marked [check] in the reference are introduced by "see"', ({ doc }) => {
    const checked: Array<[string, RegExp]> = [
      ['res1874', /^paras? 9\b/],
      ['res2270', /^paras? [6-9]\b/],
      ['res2397', /./],
      ['res1718', /^para 6$/],
      ['marshalluk', /./],
      ['nicaragua84', /./],
      ['nicaragua86', /./],
      ['ukrainepo', /./],
      ['bosnia', /^para 421/],
      ['wall', /./],
      ['chagos', /./],
      ['westernsahara', /./],
      ['djibouti', /./],
      ['gambia', /./],
      ['oilplatforms', /./],
    ];
    for (const node of allNodes(doc.nodes)) {
      for (const citation of citations(node.text)) {
        const rule = checked.find(([key, pinpoint]) => key === citation.key && pinpoint.test(citation.pinpoint));
        if (!rule) continue;
        expect(citation.before, `[@${citation.key}, ${citation.pinpoint}] in "${node.title}"`).toMatch(/\bsee\b/i);
      }
    }
  });
});

describe('templates: the sample case', () => {
  const sample = template(SAMPLE);
  const nodes = allNodes(sample.nodes);

  it('has at least 40 nodes, 12 authorities and every kind', () => {
    expect(nodes.length).toBeGreaterThanOrEqual(40);
    expect(sample.authorities.length).toBeGreaterThanOrEqual(12);
    for (const kind of KINDS) expect(nodes.map((node) => node.kind)).toContain(kind);
  });

  it('states the treaty’s date of signature, entry into force and mutual-assistance clause', () => {
    expect(dateParts(sample, 'pact')).toEqual([[2024, 6, 19]]);
    const pact = sample.authorities.find((authority) => authority.key === 'pact');
    expect(pact?.type).toBe('treaty');
    expect(pact?.csl['event-date']).toEqual({ 'date-parts': [[2024, 12, 4]] });
    expect(nodes.some((node) => wording(node).includes('19 June 2024'))).toBe(true);
    expect(nodes.some((node) => wording(node).includes('4 December 2024'))).toBe(true);
    const article4 = nodesCiting(sample, 'pact', 'art 4', 'evidence');
    expect(article4.some((node) => /Article 51/.test(wording(node)))).toBe(true);
  });

  it('gives the positions of the Republic of Korea, Japan, the United States and China as evidence', () => {
    const evidence = nodes.filter((node) => node.kind === 'evidence');
    const positions: Array<[string, string]> = [
      ['Republic of Korea', 'rokmofa2024'],
      ['Japan', 'japan2024'],
      ['United States', 'trilateral2024'],
      ['China', 'chinamfa2024'],
    ];
    for (const [state, source] of positions) {
      const position = evidence.find((node) => node.title.startsWith(`${state}:`));
      expect(position, state).toBeDefined();
      expect(citations(position?.text).map((citation) => citation.key)).toContain(source);
    }
  });

  it('covers the four areas of military cooperation and the reported transfers', () => {
    const text = nodes.map(wording).join('\n');
    for (const area of ['training and exercises', 'Arms supply', 'Intelligence sharing', 'Logistical support']) {
      expect(text).toContain(area);
    }
    for (const fact of ['Najin', 'Hwasong-11', 'Kursk', '28 March 2024', '30 April 2024']) expect(text).toContain(fact);
  });

  it('has respondent counters answered by applicant responses in each part', () => {
    for (const issue of sample.nodes.filter((node) => node.kind === 'issue' && node.title.startsWith('Whether'))) {
      const counters = allNodes([issue]).filter((node) => node.kind === 'counter');
      expect(counters.length, issue.title).toBeGreaterThan(0);
    }
  });

  it('ties the four templates together: sanctions, ICJ, NPT and aid or assistance', () => {
    const links: Array<[string, string]> = [
      ['res1718', 'para 8(b)'],
      ['icjstatute', 'art 36(2)'],
      ['uncharter', 'art 96'],
      ['npt', 'art X'],
      ['arsiwa', 'art 16'],
    ];
    for (const [key, pinpoint] of links) {
      expect(nodesCiting(sample, key, pinpoint).length, `${key} ${pinpoint}`).toBeGreaterThan(0);
    }
  });
});

describe('templates: legal content pins', () => {
  it('sanctions: para 8(a) for supply to the DPRK, 8(b) for procurement from it, 8(c) for training both ways', () => {
    const doc = template('unsc-sanctions-breach');
    const rules8a = nodesCiting(doc, 'res1718', 'para 8(a)', 'rule');
    expect(rules8a.some((node) => /supply/i.test(wording(node)) && /to the DPRK/.test(wording(node)))).toBe(true);
    const rules8b = nodesCiting(doc, 'res1718', 'para 8(b)', 'rule');
    expect(rules8b.some((node) => /procurement/i.test(wording(node)) && /from the DPRK/.test(wording(node)))).toBe(
      true,
    );
    const rules8c = nodesCiting(doc, 'res1718', 'para 8(c)', 'rule');
    expect(
      rules8c.some(
        (node) =>
          /training/i.test(wording(node)) && /to the DPRK/.test(wording(node)) && /from the DPRK/.test(wording(node)),
      ),
    ).toBe(true);
    expect(rules8c.some((node) => /both/i.test(node.title))).toBe(true);
    expect(nodesCiting(doc, 'res1874', 'para 10', 'rule').length).toBeGreaterThan(0);
  });

  it('sanctions: UN Charter arts 25 and 48, chapter VII, and the standard counters', () => {
    const doc = template('unsc-sanctions-breach');
    expect(nodesCiting(doc, 'uncharter', 'art 25', 'rule').length).toBeGreaterThan(0);
    expect(nodesCiting(doc, 'uncharter', 'art 48', 'rule').length).toBeGreaterThan(0);
    expect(nodesCiting(doc, 'uncharter', 'art 41', 'rule').length).toBeGreaterThan(0);
    const counters = allNodes(doc.nodes).filter((node) => node.kind === 'counter');
    expect(counters.some((node) => /only .*supplied to the DPRK/.test(node.title))).toBe(true);
    expect(counters.some((node) => /evidence does not prove/.test(node.title))).toBe(true);
    expect(
      counters.some((node) => /self-defence/.test(node.title) && nodesCiting(doc, 'uncharter', 'art 51').length > 0),
    ).toBe(true);
    expect(nodesCiting(doc, 'uncharter', 'art 103', 'rule').length).toBeGreaterThan(0);
  });

  it('sanctions: the Panel of Experts comes from resolution 1874 (2009) para 26, the Committee from 1718 para 12', () => {
    const doc = template('unsc-sanctions-breach');
    expect(nodesCiting(doc, 'res1874', 'para 26').length).toBeGreaterThan(0);
    expect(nodesCiting(doc, 'res1718', 'para 12').length).toBeGreaterThan(0);
    for (const node of allNodes(doc.nodes)) {
      for (const citation of citations(node.text)) {
        if (/Panel/.test(node.title) && citation.key === 'res1718') expect(citation.pinpoint).not.toBe('para 26');
      }
    }
  });

  it('resolution dates: 1718 on 14 October 2006 and 1874 on 12 June 2009, wherever they are cited', () => {
    for (const { doc } of loaded) {
      if (doc.authorities.some((authority) => authority.key === 'res1718')) {
        expect(dateParts(doc, 'res1718'), doc.template.id).toEqual([[2006, 10, 14]]);
      }
      if (doc.authorities.some((authority) => authority.key === 'res1874')) {
        expect(dateParts(doc, 'res1874'), doc.template.id).toEqual([[2009, 6, 12]]);
      }
    }
    expect(dateParts(template('unsc-sanctions-breach'), 'res1718')).toEqual([[2006, 10, 14]]);
    expect(dateParts(template('unsc-sanctions-breach'), 'res1874')).toEqual([[2009, 6, 12]]);
  });

  it('ICJ: art 36(1) and 36(2), who has declarations, art 41, arts 62 and 63, and UN Charter art 96', () => {
    const doc = template('icj-proceedings');
    for (const pinpoint of ['art 36(1)', 'art 36(2)', 'art 41', 'art 62', 'art 63']) {
      expect(nodesCiting(doc, 'icjstatute', pinpoint, 'rule').length, pinpoint).toBeGreaterThan(0);
    }
    expect(nodesCiting(doc, 'uncharter', 'art 96', 'rule').length).toBeGreaterThan(0);
    const declarations = nodesCiting(doc, 'icjdeclarations', '', 'evidence');
    expect(
      declarations.some((node) =>
        /Russian Federation, the DPRK and the Republic of Korea have made none/.test(wording(node)),
      ),
    ).toBe(true);
    const jurisdiction = doc.nodes.find((node) => node.kind === 'issue' && /brought before the Court/.test(node.title));
    expect(jurisdiction?.mode).toBe('any');
  });

  it('NPT: arts I, II and III, and the art X withdrawal as a counter with responses', () => {
    const doc = template('npt-contravention');
    for (const pinpoint of ['art I', 'art II', 'art III']) {
      expect(nodesCiting(doc, 'npt', pinpoint, 'rule').length, pinpoint).toBeGreaterThan(0);
    }
    const withdrawal = allNodes(doc.nodes).find(
      (node) =>
        node.kind === 'counter' &&
        allNodes([node]).some((inner) => citations(inner.text).some((c) => c.pinpoint.startsWith('art X'))),
    );
    expect(withdrawal).toBeDefined();
    expect(withdrawal?.title).toMatch(/withdr/i);
    const responses = (withdrawal?.children ?? []).filter((node) => node.kind === 'response');
    expect(responses.length).toBeGreaterThanOrEqual(2);
    const wordingOfCounter = allNodes([withdrawal!]).map(wording).join('\n');
    for (const date of ['12 March 1993', '11 June 1993', '10 January 2003']) expect(wordingOfCounter).toContain(date);
    expect(responses.some((node) => allNodes([node]).some((inner) => /para 3/.test(inner.text ?? '')))).toBe(true);
  });

  it('aid or assistance: ARSIWA art 16 with its elements cumulative, and arts 1, 2 and 41', () => {
    const doc = template('state-responsibility-aid');
    for (const pinpoint of ['art 1', 'art 2', 'art 16', 'art 41']) {
      expect(nodesCiting(doc, 'arsiwa', pinpoint, 'rule').length, pinpoint).toBeGreaterThan(0);
    }
    expect(nodesCiting(doc, 'arsiwa', 'art 16(a)', 'rule').length).toBeGreaterThan(0);
    expect(nodesCiting(doc, 'arsiwa', 'art 16(b)', 'rule').length).toBeGreaterThan(0);
    const article16 = doc.nodes.find((node) => node.kind === 'issue' && /aiding or assisting/.test(node.title));
    expect(article16?.mode).toBe('all');
    const elements = (article16?.children ?? []).filter((node) => node.kind === 'claim').map((node) => node.title);
    expect(elements.some((title) => /knew/.test(title))).toBe(true);
    expect(elements.some((title) => /would be internationally wrongful if committed/.test(title))).toBe(true);
    expect(elements.some((title) => /aided or assisted/.test(title))).toBe(true);
    expect(nodesCiting(doc, 'bosnia', 'para 420').length).toBeGreaterThan(0);
  });

  it('treaty citations carry the dates and series the reference gives', () => {
    const charter = template('unsc-sanctions-breach').authorities.find((authority) => authority.key === 'uncharter');
    expect(charter?.csl).toMatchObject({
      issued: { 'date-parts': [[1945, 6, 26]] },
      'event-date': { 'date-parts': [[1945, 10, 24]] },
      volume: '1',
      page: 'XVI',
    });
    const npt = template('npt-contravention').authorities.find((authority) => authority.key === 'npt');
    expect(npt?.csl).toMatchObject({
      genre: 'opened for signature',
      issued: { 'date-parts': [[1968, 7, 1]] },
      'event-date': { 'date-parts': [[1970, 3, 5]] },
      volume: '729',
      page: '161',
    });
    const statute = template('icj-proceedings').authorities.find((authority) => authority.key === 'icjstatute');
    expect(statute?.csl).toMatchObject({ volume: '33', page: '993' });
  });
});
