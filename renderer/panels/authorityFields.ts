import type { AuthorityType } from '../../app/model/types';

/** How a field is written: plain text, a date (YYYY, YYYY-MM or YYYY-MM-DD), or names ("Family, Given; …"). */
export type FieldKind = 'text' | 'date' | 'names';

/** One field of the authority form, with the CSL-JSON field it writes (the one the citation formatters read). */
export interface AuthorityField {
  csl: string;
  label: string;
  placeholder: string;
  kind: FieldKind;
}

const text = (csl: string, label: string, placeholder: string): AuthorityField => ({
  csl,
  label,
  placeholder,
  kind: 'text',
});
const date = (csl: string, label: string, placeholder: string): AuthorityField => ({
  csl,
  label,
  placeholder,
  kind: 'date',
});
const people = (csl: string, label: string, placeholder: string): AuthorityField => ({
  csl,
  label,
  placeholder,
  kind: 'names',
});

export const TYPE_LABELS: Record<AuthorityType, string> = {
  treaty: 'Treaty',
  un_document: 'UN document',
  case: 'Judicial decision',
  legislation: 'Legislation',
  book: 'Book',
  article: 'Journal article',
  report: 'Report',
  webpage: 'Web page',
  other: 'Other',
};

/** The fields of each type, in the order a citation of it reads, with examples of that type. */
export const AUTHORITY_FIELDS: Record<AuthorityType, AuthorityField[]> = {
  case: [
    text('title', 'Case name and parties', 'Pulp Mills on the River Uruguay (Argentina v Uruguay)'),
    text('genre', 'Phase or kind of decision', 'Judgment; Advisory Opinion; Preliminary Objections'),
    text('authority', 'Court', 'ICJ'),
    text('container-title', 'Reporter', 'ICJ Rep'),
    text('volume', 'Volume (reports numbered by volume only)', '83'),
    text('page', 'First page', '14'),
    date('issued', 'Date of the decision (or its year)', '2010-04-20'),
    text('number', 'Docket or General List number (unreported decisions)', 'General List No 135'),
  ],
  treaty: [
    text('title', 'Title', 'Vienna Convention on the Law of Treaties'),
    text('genre', 'How it was concluded', 'adopted; opened for signature; signed'),
    date('issued', 'Date of adoption or signature', '1969-05-23'),
    date('event-date', 'Date of entry into force', '1980-01-27'),
    text('container-title', 'Treaty series', 'UNTS'),
    text('volume', 'Volume', '1155'),
    text('page', 'First page', '331'),
  ],
  un_document: [
    text('authority', 'Organ', 'UNSC; UNGA; ECOSOC'),
    text('number', 'Document symbol', 'S/RES/1718 (2006)'),
    text('genre', 'Kind of document', 'Res (a resolution); Verbatim Record'),
    date('issued', 'Date', '2006-10-14'),
    text('title', 'Title (documents other than resolutions)', 'Report of the Panel of Experts'),
  ],
  legislation: [
    text('title', 'Title', 'Human Rights Act 1998'),
    date('issued', 'Year or date of enactment', '1998'),
    text('number', 'Public law or statute number', 'Pub. L. No. 88-352'),
    text('container-title', 'Statute series or code', 'Stat.'),
    text('volume', 'Volume', '78'),
    text('page', 'First page', '241'),
  ],
  book: [
    people('author', 'Authors (Family, Given; …)', 'Crawford, James'),
    people('editor', 'Editors, when it has no author', 'Evans, Malcolm'),
    text('title', 'Title', 'Brownlie’s Principles of Public International Law'),
    text('edition', 'Edition', '9'),
    text('publisher', 'Publisher', 'OUP'),
    date('issued', 'Year', '2019'),
  ],
  article: [
    people('author', 'Authors (Family, Given; …)', 'Crawford, James'),
    text('title', 'Title of the article', 'The ILC’s Articles on State Responsibility'),
    text('container-title', 'Journal', 'AJIL'),
    text('volume', 'Volume', '96'),
    text('page', 'First page', '874'),
    date('issued', 'Year', '2002'),
  ],
  report: [
    people('author', 'Author or institution', 'International Law Commission'),
    text('title', 'Title', 'Report of the Study Group on Fragmentation of International Law'),
    text('collection-title', 'Series', 'Law Com'),
    text('number', 'Number', 'A/CN.4/L.682'),
    text('publisher', 'Publisher', 'United Nations'),
    date('issued', 'Date', '2006-04-13'),
    text('URL', 'Web address', 'https://legal.un.org/ilc/'),
    date('accessed', 'Consulted on', '2026-11-30'),
  ],
  webpage: [
    people('author', 'Author or institution', 'International Court of Justice'),
    text('title', 'Title of the page', 'Latest developments'),
    text('container-title', 'Website', 'ICJ'),
    date('issued', 'Published on', '2024-05-03'),
    text('URL', 'Web address', 'https://www.icj-cij.org/latest-developments'),
    date('accessed', 'Consulted on', '2026-11-30'),
  ],
  other: [
    people('author', 'Author or institution', 'Institut de Droit International'),
    text('title', 'Title', 'Resolution on the Immunities of Heads of State'),
    date('issued', 'Date', '2001-08-26'),
    text('URL', 'Web address', 'https://www.idi-iil.org/'),
    date('accessed', 'Consulted on', '2026-11-30'),
  ],
};

/** The example of a short title for each type. */
export const SHORT_PLACEHOLDERS: Record<AuthorityType, string> = {
  case: 'Pulp Mills',
  treaty: 'VCLT',
  un_document: 'Resolution 1718',
  legislation: 'HRA 1998',
  book: 'Brownlie’s Principles',
  article: 'Crawford, ‘ILC’s Articles’',
  report: 'Fragmentation Report',
  webpage: 'ICJ, Latest developments',
  other: 'IDI Resolution',
};

/** The example of a key for each type, as the form would propose it from the examples above. */
export const KEY_PLACEHOLDERS: Record<AuthorityType, string> = {
  case: 'pulpmills2010',
  treaty: 'vclt1969',
  un_document: 'sres1718',
  legislation: 'hra1998',
  book: 'crawford2019',
  article: 'crawford2002',
  report: 'ilc2006',
  webpage: 'icj2024',
  other: 'idi2001',
};

/** Every CSL field some type's form shows; a field of no form (from an import) is kept as it is. */
export const FORM_FIELDS = new Set(
  Object.values(AUTHORITY_FIELDS).flatMap((fields) => fields.map((field) => field.csl)),
);
