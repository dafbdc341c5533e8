/** Lookups shared by the tests of the templates' legal content (templates-law, templates-arguments). */
import { allNodes, citations, SAMPLE, type TemplateFile, type TemplateNode, template, wording } from './templateFiles';

/** The first node whose title matches, anywhere in the tree. */
export function find(doc: TemplateFile, title: RegExp, kind?: string): TemplateNode {
  const node = allNodes(doc.nodes).find(
    (candidate) => title.test(candidate.title) && (!kind || candidate.kind === kind),
  );
  if (!node) throw new Error(`${doc.template.id}: no ${kind ?? 'node'} titled ${title}`);
  return node;
}

/** Whether a node or one below it cites `key`, with a pinpoint starting with `pinpoint` when given. */
export function cites(node: TemplateNode, key: string, pinpoint = ''): boolean {
  return allNodes([node]).some((inner) =>
    citations(inner.text).some((citation) => citation.key === key && citation.pinpoint.startsWith(pinpoint)),
  );
}

/** The authority with `key`, or an error naming the template. */
export function authority(doc: TemplateFile, key: string) {
  const found = doc.authorities.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`${doc.template.id}: no authority ${key}`);
  return found;
}

/** Every node's wording, one per line. */
export const allText = (doc: TemplateFile) => allNodes(doc.nodes).map(wording).join('\n');

/** The built-in templates, loaded once. */
export const sample = template(SAMPLE);
export const sanctions = template('unsc-sanctions-breach');
export const icj = template('icj-proceedings');
export const npt = template('npt-contravention');
export const aid = template('state-responsibility-aid');
export const moot = template('moot-memorial');
export const memo = template('legal-memo');
