import { authoritySchema, type DocumentAuthority } from '../interchange/documentSchema';
import { describeIssue } from '../interchange/parseDocument';
import { invalidInput } from '../model/errors';
import { authorityKey, authorityShort, authorityType, cslField } from './authorityFromCsl';
import type { ImportedDocument } from './importedDocument';
import { readCslItems, SOURCE_FORMAT_NAMES, type SourceFormat } from './readCslItems';

/**
 * Builds a document of authorities from a Zotero export (CSL-JSON, BibTeX or RIS): each item with
 * its Casewright type, a key made from its citation key (unique within the file) and a short name.
 */
export function sourcesToDocument(format: SourceFormat, text: string): ImportedDocument {
  const name = SOURCE_FORMAT_NAMES[format];
  const authorities: DocumentAuthority[] = [];
  const warnings: string[] = [];
  const keys = new Set<string>();
  for (const { item, where } of readCslItems(format, text)) {
    if (cslField(item, 'title') === '' && cslField(item, 'number') === '') {
      throw invalidInput(`${name}: ${where}: the item has no title`, where);
    }
    const base = authorityKey(item);
    let key = base;
    for (let count = 2; keys.has(key); count++) key = `${base.slice(0, 95)}-${count}`;
    if (key !== base)
      warnings.push(`${name}: ${where}: the key "${base}" is used twice in the file; this item is "${key}".`);
    keys.add(key);
    const type = authorityType(item);
    const candidate = { key, type, short: authorityShort(item, type), csl: item };
    const result = authoritySchema.safeParse(candidate, { reportInput: true });
    if (!result.success) throw describeIssue(result.error.issues[0]!, `${name}: ${where}`);
    authorities.push(result.data);
  }
  return { document: { format: 'casewright', version: 1, authorities }, warnings };
}
