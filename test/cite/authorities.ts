import type { CitableAuthority } from '../../app/cite';
import type { AuthorityType, CslItem } from '../../app/model/types';

/** A citable authority for the tests. */
export function authority(key: string, type: AuthorityType, short: string, csl: CslItem): CitableAuthority {
  return { key, type, short, csl };
}

function date(...parts: number[]) {
  return { 'date-parts': [parts] };
}

export const charter = authority('charter', 'treaty', 'UN Charter', {
  title: 'Charter of the United Nations',
  issued: date(1945, 6, 26),
  'event-date': date(1945, 10, 24),
  'container-title': 'UNTS',
  volume: '1',
  page: 'XVI',
});

export const npt = authority('npt', 'treaty', 'NPT', {
  title: 'Treaty on the Non-Proliferation of Nuclear Weapons',
  genre: 'opened for signature',
  issued: date(1968, 7, 1),
  'event-date': date(1970, 3, 5),
  'container-title': 'UNTS',
  volume: '729',
  page: '161',
  'collection-title': '21 U.S.T. 483',
});

export const icjStatute = authority('icjStatute', 'treaty', 'ICJ Statute', {
  title: 'Statute of the International Court of Justice',
  genre: 'annexed to the Charter',
  issued: date(1945, 6, 26),
  'container-title': 'UNTS',
  volume: '33',
  page: '993',
});

export const vclt = authority('vclt', 'treaty', 'VCLT', {
  title: 'Vienna Convention on the Law of Treaties',
  issued: date(1969, 5, 23),
  'event-date': date(1980, 1, 27),
  'container-title': 'UNTS',
  volume: '1155',
  page: '331',
});

export const pact = authority('pact', 'treaty', 'Treaty on Comprehensive Strategic Partnership', {
  title:
    "Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Democratic People's Republic of Korea",
  genre: 'signed',
  issued: date(2024, 6, 19),
  'event-date': date(2024, 12, 4),
  authority: 'Russ.-N. Kor.',
});

/** A Security Council resolution as the interchange format writes one. */
export function resolution(number: number, year: number, month: number, day: number): CitableAuthority {
  return authority(`res${number}`, 'un_document', `SC Res ${number}`, {
    type: 'legislation',
    authority: 'UNSC',
    genre: 'Res',
    number: `S/RES/${number}`,
    issued: date(year, month, day),
  });
}

export const res1718 = resolution(1718, 2006, 10, 14);

export const arsiwa = authority('arsiwa', 'un_document', 'ARSIWA', {
  author: [{ literal: 'ILC' }],
  title: 'Articles on Responsibility of States for Internationally Wrongful Acts',
  authority: 'UNGA',
  genre: 'Res',
  number: 'A/RES/56/83',
  section: 'annex',
  issued: date(2001, 12, 12),
  references: 'text and commentaries in [2001] YBILC vol II pt 2, 26',
});

/** An ICJ decision reported in the ICJ Reports. */
export function icjCase(key: string, short: string, title: string, phase: string, issued: number[], page: string) {
  return authority(key, 'case', short, {
    type: 'legal_case',
    title,
    genre: phase,
    authority: 'ICJ',
    issued: { 'date-parts': [issued] },
    'container-title': 'ICJ Rep',
    page,
  });
}

export const namibia = icjCase(
  'namibia',
  'Namibia',
  'Legal Consequences for States of the Continued Presence of South Africa in Namibia (South West Africa) notwithstanding Security Council Resolution 276 (1970)',
  'Advisory Opinion',
  [1971, 6, 21],
  '16',
);

export const crawford = authority('crawford', 'book', 'Crawford', {
  type: 'book',
  author: [{ family: 'Crawford', given: 'James' }],
  title: 'State Responsibility: The General Part',
  publisher: 'CUP',
  'publisher-place': 'Cambridge',
  issued: date(2013),
});

export const lowe = authority('lowe', 'article', 'Lowe', {
  type: 'article-journal',
  author: [{ family: 'Lowe', given: 'Vaughan' }],
  title: 'Precluding Wrongfulness or Responsibility: A Plea for Excuses',
  'container-title': 'EJIL',
  volume: '10',
  page: '405-420',
  issued: date(1999),
});
