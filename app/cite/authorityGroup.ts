import type { AuthorityType } from '../model/types';

/** The groups of an Index/Table of Authorities, in the order they are printed. */
export const AUTHORITY_GROUPS = ['treaties', 'un_documents', 'cases', 'books_articles', 'other'] as const;
export type AuthorityGroup = (typeof AUTHORITY_GROUPS)[number];

/** Each group's heading in the Index of Authorities. */
export const AUTHORITY_GROUP_TITLES: Record<AuthorityGroup, string> = {
  treaties: 'Treaties and Conventions',
  un_documents: 'United Nations Documents',
  cases: 'Judicial and Arbitral Decisions',
  books_articles: 'Books and Articles',
  other: 'Other Sources',
};

/** The Index of Authorities group an authority type belongs in (legislation, reports and web pages go in 'other'). */
export function authorityGroup(type: AuthorityType): AuthorityGroup {
  switch (type) {
    case 'treaty':
      return 'treaties';
    case 'un_document':
      return 'un_documents';
    case 'case':
      return 'cases';
    case 'book':
    case 'article':
      return 'books_articles';
    default:
      return 'other';
  }
}
