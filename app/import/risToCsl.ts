import type { RisRecord } from './readRisRecords';

type CslItem = Record<string, unknown>;
type CslName = { family: string; given?: string; suffix?: string } | { literal: string };

/** The CSL type of each RIS type, by the Zotero item type Zotero's RIS import gives it. */
const CSL_TYPES: Readonly<Record<string, string>> = {
  ABST: 'article-journal',
  ADVS: 'motion_picture',
  AGGR: 'document',
  ANCIENT: 'document',
  ART: 'graphic',
  BILL: 'bill',
  BLOG: 'post-weblog',
  BOOK: 'book',
  CASE: 'legal_case',
  CHAP: 'chapter',
  CHART: 'graphic',
  CLSWK: 'book',
  COMP: 'software',
  CONF: 'paper-conference',
  CPAPER: 'paper-conference',
  CTLG: 'article-magazine',
  DATA: 'dataset',
  DBASE: 'dataset',
  DICT: 'entry-dictionary',
  EBOOK: 'book',
  ECHAP: 'chapter',
  EDBOOK: 'book',
  EJOUR: 'article-journal',
  ELEC: 'webpage',
  ENCYC: 'entry-encyclopedia',
  EQUA: 'document',
  FIGURE: 'graphic',
  GEN: 'article-journal',
  GOVDOC: 'report',
  GRANT: 'document',
  GRNT: 'document',
  HEAR: 'hearing',
  ICOMM: 'personal_communication',
  INPR: 'manuscript',
  JFULL: 'article-journal',
  JOUR: 'article-journal',
  LEGAL: 'legal_case',
  MANSCPT: 'manuscript',
  MAP: 'map',
  MGZN: 'article-magazine',
  MPCT: 'motion_picture',
  MULTI: 'motion_picture',
  MUSIC: 'song',
  NEWS: 'article-newspaper',
  PAMP: 'manuscript',
  PAT: 'patent',
  PCOMM: 'personal_communication',
  RPRT: 'report',
  SER: 'book',
  SLIDE: 'speech',
  SOUND: 'song',
  STAND: 'report',
  STAT: 'legislation',
  THES: 'thesis',
  UNBILL: 'manuscript',
  UNPB: 'manuscript',
  UNPD: 'manuscript',
  VIDEO: 'motion_picture',
  WEB: 'webpage',
};

const JOURNALS = new Set(['article-journal', 'article-magazine', 'article-newspaper']);
const BOOKS = new Set(['book', 'report', 'map', 'software']);
const FILMS = new Set(['motion_picture', 'broadcast']);

/**
 * One RIS record as a CSL-JSON item, the way Zotero's RIS import reads the tags (type by type where
 * they differ: for a case the reporter is `A2`, the court `PB` and the docket number `SV`; for a bill
 * or statute the code is `T2` and the number `M1`), then as Zotero maps its fields to CSL. Values of
 * unknown tags are left out; a record with no type is read as a journal article.
 */
export function risToCsl(record: RisRecord): CslItem {
  const type = CSL_TYPES[record.type] ?? 'document';
  const values = new Map<string, string[]>();
  for (const { tag, value } of record.fields) {
    if (value === '') continue;
    values.set(tag, [...(values.get(tag) ?? []), value]);
  }
  const all = (tag: string) => values.get(tag) ?? [];
  const one = (...tags: string[]) => tags.map((tag) => all(tag)[0]).find((value) => value !== undefined);
  const item: CslItem = { type };
  const set = (field: string, value: unknown) => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
    if (item[field] === undefined) item[field] = value;
  };
  const addNames = (field: string, names: string[]) => {
    if (names.length === 0) return;
    item[field] = [...((item[field] as CslName[] | undefined) ?? []), ...names.map(risName)];
  };

  const id = one('ID');
  if (id !== undefined) item.id = id;
  set('title', one('TI', 'T1', 'CT') ?? (type === 'book' || type === 'manuscript' ? one('BT') : undefined));
  set('title-short', one('ST'));

  addNames(FILMS.has(type) ? 'director' : 'author', [...all('AU'), ...all('A1')]);
  const secondary = all('A2');
  if (type === 'legal_case') set('container-title', secondary[0]);
  else if (type === 'bill') addNames('author', secondary);
  else if (type === 'personal_communication') addNames('recipient', secondary);
  else if (BOOKS.has(type)) addNames('collection-editor', secondary);
  else if (type === 'patent') set('authority', secondary[0]);
  else addNames('editor', secondary);
  const tertiary = all('A3');
  if (type === 'book') addNames('editor', tertiary);
  else if (['chapter', 'paper-conference', 'entry-dictionary', 'entry-encyclopedia', 'map'].includes(type))
    addNames('collection-editor', tertiary);
  if (type !== 'legal_case') addNames('translator', all('A4'));
  addNames('editor', all('ED'));

  const t2 = one('T2');
  if (BOOKS.has(type)) set('collection-title', t2);
  else if (type === 'hearing') set('section', t2);
  else if (JOURNALS.has(type)) set('container-title', one('JF') ?? t2 ?? one('JO', 'JA', 'J2'));
  else set('container-title', t2 ?? (type === 'chapter' ? one('BT') : undefined));
  const t3 = one('T3');
  if (type === 'bill' || type === 'hearing') set('authority', t3);
  else set('collection-title', t3);
  set('container-title', one('JF', 'BT'));
  const abbreviation = one('J2', 'JA', 'JO');
  if (abbreviation !== item['container-title']) set('container-title-short', abbreviation);

  set('issued', risDate(one('DA', 'PY', 'Y1')));
  set('accessed', risDate(one('Y2')));
  if (type !== 'patent' && type !== 'webpage') set('volume', one('VL'));
  if (type === 'chapter') set('number-of-volumes', one('IS', 'NV'));
  else set('issue', one('IS'));
  set('number-of-volumes', one('NV'));
  set('page', risPages(one('SP'), one('EP')));
  set('publisher-place', one('CY'));
  if (type === 'legal_case') set('authority', one('PB'));
  else set('publisher', one('PB'));
  if (type === 'legal_case') set('number', one('SV'));
  else if (type === 'book') set('collection-number', one('M1'));
  else if (['bill', 'legislation', 'hearing', 'patent', 'report'].includes(type)) set('number', one('M1'));
  else if (type === 'article-journal') set('issue', one('M1'));
  const serial = one('SN');
  if (JOURNALS.has(type)) set('ISSN', serial);
  else if (type === 'report' || type === 'patent') set('number', serial);
  else set('ISBN', serial);
  if (type !== 'legal_case') set('section', one('SE'));
  set('edition', ['bill', 'hearing', 'legislation'].includes(type) ? undefined : one('ET'));
  if (['report', 'thesis', 'manuscript', 'map', 'webpage', 'post-weblog', 'graphic'].includes(type))
    set('genre', one('M3'));
  set('DOI', one('DO') ?? (/^10\.\d{4,}\//.test(one('M3') ?? '') ? one('M3') : undefined));
  set('URL', one('UR'));
  set('abstract', one('AB', 'N2'));
  set('language', one('LA'));
  set('archive', one('DB'));
  set('archive_location', one('AN', 'AV'));
  set('call-number', one('CN'));
  set('source', one('DP'));
  set('keyword', all('KW').join(', '));
  set('note', [...all('N1'), ...all('RN')].join('\n'));
  return item;
}

/** A RIS name: `Family, Given, Suffix`; a name without a comma (an institution) is kept whole. */
function risName(name: string): CslName {
  const parts = name.split(',').map((part) => part.trim());
  if (parts.length < 2 || parts[0] === '') return { literal: name.trim() };
  const result: { family: string; given?: string; suffix?: string } = { family: parts[0]! };
  if (parts[1]) result.given = parts[1];
  if (parts[2]) result.suffix = parts.slice(2).join(', ');
  return result;
}

/** A RIS date (`YYYY/MM/DD/other`, `YYYY-MM-DD`, `YYYY`) as CSL date parts; other text kept as `raw`. */
function risDate(value: string | undefined): CslItem | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{1,4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?)?)?(?:[/-].*)?$/.exec(value.trim());
  const year = Number(match?.[1]);
  if (!match || year === 0) return { raw: value };
  const month = Number(match[2] ?? 0);
  const day = Number(match[3] ?? 0);
  const parts = [year];
  if (month >= 1 && month <= 12) {
    parts.push(month);
    if (day >= 1 && day <= 31) parts.push(day);
  }
  return { 'date-parts': [parts] };
}

function risPages(start: string | undefined, end: string | undefined): string | undefined {
  if (start === undefined) return end;
  if (end === undefined || /[-–]/.test(start) || end === start) return start;
  return `${start}-${end}`;
}
