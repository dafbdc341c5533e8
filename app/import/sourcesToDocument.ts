import { type DocumentAuthority, documentSchemas } from '../interchange/documentSchema';
import { describeIssue } from '../interchange/parseDocument';
import { invalidInput } from '../model/errors';
import { authorityKey, authorityShort, authorityType, cslField } from './authorityFromCsl';
import type { ImportedDocument } from './importedDocument';
import { firstLine, readCslItems } from './readCslItems';
import { SOURCE_FORMAT_NAMES, type SourceFormat } from './sourceFormats';

/** Fields any one of which names an item well enough to cite it (Zotero imports records with no title). */
const NAMING_FIELDS = ['title', 'number', 'container-title', 'collection-title', 'URL', 'DOI'];

/**
 * Builds a document of authorities from a Zotero export (CSL-JSON, BibTeX or RIS): each item with
 * its Casewright type, a key made from its citation key (unique within the file) and a short name.
 * A record that cannot be read, or names nothing and has no citation key, is skipped and listed with its number and reason;
 * the library is refused only when it cannot be read at all or no record in it can be.
 */
export function sourcesToDocument(format: SourceFormat, text: string): ImportedDocument {
  const name = SOURCE_FORMAT_NAMES[format];
  const { entries, skipped, warnings } = readCslItems(format, text);
  const authorities: DocumentAuthority[] = [];
  const keys = new Set<string>();
  const skip = (number: number, where: string, reason: string) => skipped.push({ number, where, reason });
  for (const { item, number, where } of entries) {
    const citationKey = cslField(item, 'citation-key');
    if (!names(item)) {
      if (citationKey === '') {
        skip(number, where, 'the item has no title, number, author, container, URL or DOI to cite it by');
        continue;
      }
      // As Zotero and Better BibTeX do, a record with a citation key is kept however little it says.
      warnings.push(
        `${name}: ${where}: the item has no title, number, author, container, URL or DOI; it is imported under its key "${citationKey}".`,
      );
    }
    const base = authorityKey(item);
    let key = base;
    for (let count = 2; keys.has(key); count++) key = `${base.slice(0, 95)}-${count}`;
    const type = authorityType(item);
    const candidate = { key, type, short: authorityShort(item, type), csl: item };
    const result = documentSchemas().authoritySchema.safeParse(candidate, { reportInput: true });
    if (!result.success) {
      skip(number, where, firstLine(describeIssue(result.error.issues[0]!, '')).replace(/^:\s*/, ''));
      continue;
    }
    if (key !== base)
      warnings.push(`${name}: ${where}: the key "${base}" is used twice in the file; this item is "${key}".`);
    keys.add(key);
    authorities.push(result.data);
  }
  skipped.sort((left, right) => left.number - right.number);
  if (authorities.length === 0) {
    const reasons = skipped.slice(0, 3).map((record) => `${record.where}: ${record.reason}`);
    const more = skipped.length > 3 ? `; and ${skipped.length - 3} more` : '';
    throw invalidInput(`${name}: no record in the file could be read: ${reasons.join('; ')}${more}.`);
  }
  return { document: { format: 'casewright', version: 1, authorities }, warnings, skipped };
}

function names(item: Record<string, unknown>): boolean {
  if (NAMING_FIELDS.some((field) => cslField(item, field) !== '')) return true;
  return ['author', 'editor', 'authority'].some((field) => {
    const list = item[field];
    return Array.isArray(list) ? list.length > 0 : cslField(item, field) !== '';
  });
}
