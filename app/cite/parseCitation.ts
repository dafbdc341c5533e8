/*
 * Reads a full citation as a user pastes it from a memorial, a judgment or a bibliography (OSCOLA or Bluebook)
 * into the fields of an authority: the type and the CSL-JSON fields the formatters read (see the field lists at
 * the top of formatOscolaPrimary.ts and formatOscolaSecondary.ts). What cannot be read is left for the user to
 * fill; nothing is guessed that the text does not say.
 */
import type { AuthorityType, CslItem, CslName } from '../model/types';

/** What a pasted citation told: the authority's type, its fields, and a pinpoint found at its end. */
export interface ReadCitation {
  type: AuthorityType;
  csl: CslItem;
  /** A pinpoint that ended the citation ("para 101"): not part of the authority, it belongs in each citation. */
  pinpoint: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY_MONTH_YEAR = String.raw`\d{1,2}\s+${MONTH}\s+\d{4}`;
const MONTH_DAY_YEAR = String.raw`${MONTH}\s+\d{1,2},\s+\d{4}`;
const DATE = String.raw`(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|\d{4}-\d{2}-\d{2}|${MONTH}\s+\d{4}|\d{4})`;
const TREATY_VERBS = 'adopted|opened for signature|signed|done|concluded';
const PHASES =
  /^(judgment|merits|advisory opinion|order|preliminary objections?|provisional measures|jurisdiction|admissibility|jurisdiction and admissibility|compensation|reparations?|interpretation|revision|counter-claims|request for .+)$/i;
const PINPOINT = String.raw`(?:paras?|arts?|pp?|ss?|sec|secs|ch|chs|annex|fn|n|r|rr|reg|regs|sch|pt|vol|¶¶?|§§?)\.?\s*[\w().]+(?:\s*(?:[–—-]|and|to|,)\s*[\w().]+)*`;

/** Series written with full stops in Bluebook, as OSCOLA and Casewright's style tables write them. */
const SERIES: Readonly<Record<string, string>> = {
  'U.N.T.S.': 'UNTS',
  'L.N.T.S.': 'LNTS',
  'I.L.M.': 'ILM',
  'U.S.T.': 'UST',
  'I.C.J.': 'ICJ Rep',
  'P.C.I.J.': 'PCIJ',
  'I.C.J. Rep.': 'ICJ Rep',
};

const ORGANS: Readonly<Record<string, string>> = {
  SC: 'UNSC',
  'S.C.': 'UNSC',
  UNSC: 'UNSC',
  GA: 'UNGA',
  'G.A.': 'UNGA',
  UNGA: 'UNGA',
  ECOSOC: 'ECOSOC',
  'E.S.C.': 'ECOSOC',
  HRC: 'UNHRC',
  UNHRC: 'UNHRC',
};
const ORGAN_NAMES: Readonly<Record<string, string>> = {
  'Security Council': 'UNSC',
  'General Assembly': 'UNGA',
  'Economic and Social Council': 'ECOSOC',
  'Human Rights Council': 'UNHRC',
};
const SYMBOL_PREFIX: Readonly<Record<string, string>> = { UNSC: 'S', UNGA: 'A', ECOSOC: 'E' };

/** Reads a pasted full citation; null when nothing in it could be read. */
export function parseCitation(pasted: string): ReadCitation | null {
  let text = pasted
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\d{1,4}\s+(?=\D)/, '')
    .replace(/[.;]\s*$/, '')
    .trim();
  if (text === '' || text.length > 2000) return null;
  const csl: CslItem = {};

  const url = /<?(https?:\/\/[^\s<>]+?)>?(?=[\s,;]|$)/.exec(text);
  if (url) {
    csl.URL = url[1]!.replace(/[.,)]+$/, '');
    const accessed = new RegExp(String.raw`(?:,?\s*accessed|\(last visited)\s+(${DATE})\)?`, 'i').exec(
      text.slice(url.index),
    );
    if (accessed) setDate(csl, 'accessed', accessed[1]!);
    text = text.slice(0, url.index).replace(/[\s,]+$/, '');
  }

  let pinpoint = '';
  const pin = new RegExp(String.raw`,\s*(${PINPOINT})$`, 'i').exec(text);
  if (pin) {
    pinpoint = pin[1]!;
    text = text.slice(0, pin.index).trim();
  }

  const read = readAny(text, csl) ?? readWithReferences(text, csl);
  if (!read) return null;
  if (!pinpoint && read.pinpoint) pinpoint = read.pinpoint;
  return { type: read.type, csl, pinpoint };
}

/** A citation followed by "; " and a further source or later history, as OSCOLA writes CSL `references`. */
function readWithReferences(text: string, csl: CslItem): ReturnType<Reader> {
  const split = text.indexOf('; ');
  if (split < 0) return null;
  const read = readAny(text.slice(0, split), csl);
  if (read) csl.references = text.slice(split + 2).trim();
  return read;
}

function readAny(text: string, csl: CslItem): ReturnType<Reader> {
  return (
    readUnDocument(text, csl) ??
    readTreaty(text, csl) ??
    readOscolaArticle(text, csl) ??
    readCase(text, csl) ??
    readBluebookArticle(text, csl) ??
    readReport(text, csl) ??
    readWebpage(text, csl) ??
    readBook(text, csl) ??
    readLegislation(text, csl)
  );
}

type Reader = (text: string, csl: CslItem) => { type: AuthorityType; pinpoint?: string } | null;

const readUnDocument: Reader = (text, csl) => {
  const resolution =
    /^(UNSC|UNGA|ECOSOC|UNHRC|HRC|SC|GA|S\.C\.|G\.A\.|E\.S\.C\.)\s+Res(?:olution)?\.?\s+((?:[A-Z]+-)?\d+(?:\/\d+)?)\s*(\([IVXLC]+\))?\s*\(([^)]*)\)(?:,?\s*(?:UN Doc|U\.N\. Doc\.)\s+(.+))?$/i.exec(
      text,
    );
  if (resolution) {
    const organ = ORGANS[resolution[1]!.toUpperCase()] ?? resolution[1]!;
    csl.authority = organ;
    csl.genre = 'Res';
    const session = resolution[3] ?? '';
    csl.number =
      resolution[5]?.trim() ??
      (SYMBOL_PREFIX[organ]
        ? `${SYMBOL_PREFIX[organ]}/RES/${resolution[2]}${session}`
        : `${resolution[2]} ${session}`.trim());
    if (!resolution[5] && !SYMBOL_PREFIX[organ]) csl['collection-number'] = `${resolution[2]} ${session}`.trim();
    setDate(csl, 'issued', resolution[4]!);
    return { type: 'un_document' };
  }
  const document = /^(.*?),?\s*(?:UN Doc|U\.N\. Doc\.)\s+(\S.*)$/i.exec(text);
  if (document) {
    let symbol = document[2]!.trim();
    const dated = new RegExp(String.raw`\s*\((${DATE})\)$`, 'i').exec(symbol);
    if (dated) {
      setDate(csl, 'issued', dated[1]!);
      symbol = symbol.slice(0, dated.index).trim();
    }
    csl.number = symbol;
    let head = document[1]!.trim();
    const date = new RegExp(String.raw`\((${DATE})\)$`, 'i').exec(head);
    if (date) {
      setDate(csl, 'issued', date[1]!);
      head = head.slice(0, date.index).trim();
    }
    const titled = /^(.*?),?\s*[‘'"“](.+)[’'"”]$/.exec(head) ?? /^([^,]+),\s*(.+)$/.exec(head);
    if (titled) {
      csl.title = titled[2]!.trim();
      head = titled[1]!.trim();
    }
    if (head !== '') csl.authority = ORGANS[head.toUpperCase()] ?? ORGAN_NAMES[head.replace(/^U\.?N\.? /, '')] ?? head;
    return { type: 'un_document' };
  }
  const symbol = /^([ASE](?:\/[A-Z0-9.]+)+(?:\s*\([IVXLC]+\))?)(?:\s*\((\d{4})\))?$/.exec(text);
  if (symbol) {
    csl.number = symbol[1]!;
    if (symbol[2]) setDate(csl, 'issued', symbol[2]);
    return { type: 'un_document' };
  }
  return null;
};

const readTreaty: Reader = (text, csl) => {
  const oscola = new RegExp(
    String.raw`^(.+?)\s*\((${TREATY_VERBS})\s+(${DATE})(?:,\s*entered into force\s+(${DATE}))?\)\s*(?:(\d+|[IVXLC]+)\s+([A-Za-z.][A-Za-z. ]*?)\s+([\dIVXLCivxlc]+))?$`,
    'i',
  ).exec(text);
  if (oscola) {
    csl.title = oscola[1]!.trim();
    const verb = oscola[2]!.toLowerCase();
    if (verb !== 'adopted') csl.genre = verb;
    setDate(csl, 'issued', oscola[3]!);
    if (oscola[4]) setDate(csl, 'event-date', oscola[4]);
    if (oscola[6]) setSeries(csl, oscola[5]!, oscola[6], oscola[7]!);
    return { type: 'treaty' };
  }
  const bluebook = new RegExp(
    String.raw`^(.+?),(?:\s*([A-Z][\w.]*(?:[-–][A-Z][\w.]*(?: [A-Z][\w.]*)?)+),)?\s*(${MONTH_DAY_YEAR})(?:,\s*(\d+)\s+((?:[A-Z]\.)+(?:\s*[A-Z]\.)*|UNTS|LNTS)\s+([\dIVXLCivxlc]+)(?:,\s*(\d+(?:[–-]\d+)?))?)?$`,
  ).exec(text);
  if (bluebook) {
    csl.title = bluebook[1]!.trim();
    if (bluebook[2]) csl.authority = bluebook[2];
    setDate(csl, 'issued', bluebook[3]!);
    if (bluebook[5]) setSeries(csl, bluebook[4]!, bluebook[5], bluebook[6]!);
    return { type: 'treaty', pinpoint: bluebook[7] ? `p ${bluebook[7]}` : '' };
  }
  return null;
};

const readCase: Reader = (text, csl) => {
  const reported =
    /^(.+?)\s*(\[(\d{4})\]|\((\d{4})\))\s+(?:(\d+)\s+)?([A-Z][A-Za-z.&' ]*?)\s+(\d+)(?:\s*\(([^)]+)\))?$/.exec(text);
  if (reported && (reported[3] || reported[5])) {
    setName(csl, reported[1]!);
    setDate(csl, 'issued', reported[3] ?? reported[4]!);
    const report = normaliseSeries(reported[6]!.trim());
    csl['container-title'] = report;
    if (reported[5]) csl.volume = reported[5];
    csl.page = reported[7]!;
    const court = reported[8]?.trim() ?? (/^ICJ\b/.test(report) ? 'ICJ' : '');
    if (court) csl.authority = court;
    return { type: 'case' };
  }
  const unreported = new RegExp(
    String.raw`^(.+?)\s*\(([A-Z][\w .&'-]*?),\s*(${DATE})\)(?:\s+((?:General List )?No\.? \w+))?$`,
  ).exec(text);
  if (unreported && /\bv\.?\s/.test(unreported[1]!)) {
    setName(csl, unreported[1]!);
    csl.authority = unreported[2]!.trim();
    setDate(csl, 'issued', unreported[3]!);
    if (unreported[4]) csl.number = unreported[4];
    return { type: 'case' };
  }
  const icj = new RegExp(
    String.raw`^(.+),\s*([^,]+?),\s*(\d{4})\s+I\.C\.J\.\s+(\d+)(?:,\s*(\d+(?:[–-]\d+)?))?(?:\s*\((${MONTH}\s+\d{1,2})\))?$`,
  ).exec(text);
  if (icj) {
    csl.title = icj[1]!.trim();
    csl.genre = icj[2]!.trim();
    setDate(csl, 'issued', icj[6] ? `${icj[6]}, ${icj[3]}` : icj[3]!);
    csl['container-title'] = 'ICJ Rep';
    csl.page = icj[4]!;
    csl.authority = 'ICJ';
    return { type: 'case', pinpoint: icj[5] ? `p ${icj[5]}` : '' };
  }
  return null;
};

const readOscolaArticle: Reader = (text, csl) => {
  const oscola =
    /^(.+?),\s*[‘'"“](.+)[’'"”]\s*(?:\((\d{4})\)|\[(\d{4})\])\s*(?:(\d+(?:\(\d+\))?)\s+)?(.+?)\s+(\d+)$/.exec(text);
  if (oscola) {
    csl.author = names(oscola[1]!);
    csl.title = oscola[2]!.trim();
    setDate(csl, 'issued', oscola[3] ?? oscola[4]!);
    if (oscola[5]) csl.volume = oscola[5];
    csl['container-title'] = oscola[6]!.trim();
    csl.page = oscola[7]!;
    return { type: 'article' };
  }
  return null;
};

const readBluebookArticle: Reader = (text, csl) => {
  const bluebook = /^(.+?),\s*(.+),\s*(\d+)\s+([A-Z][^,]*?)\s+(\d+)(?:,\s*(\d+(?:[–-]\d+)?))?\s*\((\d{4})\)$/.exec(
    text,
  );
  if (bluebook) {
    csl.author = names(bluebook[1]!);
    csl.title = bluebook[2]!.trim();
    csl.volume = bluebook[3]!;
    csl['container-title'] = bluebook[4]!.trim();
    csl.page = bluebook[5]!;
    setDate(csl, 'issued', bluebook[7]!);
    return { type: 'article', pinpoint: bluebook[6] ? `p ${bluebook[6]}` : '' };
  }
  return null;
};

const readBook: Reader = (text, csl) => {
  const book =
    /^(?:(.+?),\s+)?([^,]+?)\s*\((?:(\d+)(?:st|nd|rd|th)\s+(?:edn|ed\.)(?:,\s*|\s+))?([^()]*?)\s*(\d{4})\)$/.exec(text);
  if (!book || (!book[1] && !book[3] && book[4]!.trim() === '')) return null;
  if (book[1]) {
    const editors = /\s*\((?:eds?|eds?\.)\)$/.exec(book[1]);
    if (editors) csl.editor = names(book[1].slice(0, editors.index));
    else csl.author = names(book[1]);
  }
  csl.title = book[2]!.trim();
  if (book[3] && book[3] !== '1') csl.edition = book[3];
  const publisher = book[4]!.replace(/,$/, '').trim();
  if (publisher !== '') csl.publisher = publisher;
  setDate(csl, 'issued', book[5]!);
  return { type: 'book' };
};

const readLegislation: Reader = (text, csl) => {
  const statute =
    /^([A-Z][\w ,'()-]*?\b(?:Act|Regulations|Order|Ordinance|Code|Statute|Law)\b(?:\s+\(\w+\))?)\s+(\d{4})(?:\s*\(([^)]+)\))?$/.exec(
      text,
    );
  if (!statute) return null;
  csl.title = `${statute[1]!.trim()} ${statute[2]}`;
  setDate(csl, 'issued', statute[2]!);
  return { type: 'legislation' };
};

const readReport: Reader = (text, csl) => {
  const report = new RegExp(
    String.raw`^(.+?),\s*[‘“]?(.+?)[’”]?\s*\(([^()]*?)\s+No\.?\s+([\w/.-]+),\s*(${DATE})\)$`,
  ).exec(text);
  if (!report) return null;
  csl.author = [{ literal: report[1]!.trim() }];
  csl.title = report[2]!.trim();
  csl['collection-title'] = report[3]!.trim();
  csl.number = report[4]!;
  setDate(csl, 'issued', report[5]!);
  return { type: 'report' };
};

const readWebpage: Reader = (text, csl) => {
  if (!csl.URL) return null;
  const quoted = /^(?:(.+?),\s*)?[‘'"“](.+)[’'"”]\s*(?:\(([^)]*)\))?\s*(.*)$/.exec(text);
  if (quoted) {
    if (quoted[1]) csl.author = names(quoted[1]);
    csl.title = quoted[2]!.trim();
    const site = quoted[3] ?? '';
    const date = new RegExp(`(${DATE})$`, 'i').exec(site);
    if (date) {
      setDate(csl, 'issued', date[1]!);
      const name = site.slice(0, date.index).replace(/[\s,]+$/, '');
      if (name) csl['container-title'] = name;
    } else if (site) csl['container-title'] = site;
  } else if (text !== '') {
    csl.title = text;
  }
  return { type: 'webpage' };
};

/** A case name and a phase in brackets after it: "Pulp Mills (Argentina v Uruguay) (Judgment)". */
function setName(csl: CslItem, name: string): void {
  let title = name.trim().replace(/,$/, '');
  const phase = /\s*\(([^()]+)\)$/.exec(title);
  if (phase && PHASES.test(phase[1]!.trim())) {
    csl.genre = phase[1]!.trim();
    title = title.slice(0, phase.index).trim();
  }
  csl.title = title;
}

function setSeries(csl: CslItem, volume: string, series: string, page: string): void {
  csl.volume = volume;
  csl['container-title'] = normaliseSeries(series.trim());
  csl.page = page;
}

function normaliseSeries(series: string): string {
  return SERIES[series] ?? series;
}

/** "James Crawford and Alain Pellet", "Crawford, J.", "International Law Commission": CSL names. */
function names(text: string): CslName[] {
  return text
    .split(/\s*(?:;|\band\b|&)\s*/)
    .filter((name) => name.trim() !== '')
    .map((raw): CslName => {
      const name = raw.trim();
      const inverted = /^([^,]+),\s*(.+)$/.exec(name);
      if (inverted) return { family: inverted[1]!.trim(), given: inverted[2]!.trim() };
      const parts = name.split(' ');
      if (
        parts.length < 2 ||
        parts.length > 4 ||
        parts.some((part) => !/^\p{Lu}/u.test(part) && part !== 'de' && part !== 'van' && part !== 'von')
      )
        return { literal: name };
      return { family: parts[parts.length - 1]!, given: parts.slice(0, -1).join(' ') };
    });
}

/** Writes a date ("14 October 2006", "Oct. 14, 2006", "2006-10-14", "2006") as CSL date parts. */
function setDate(csl: CslItem, field: 'issued' | 'event-date' | 'accessed', written: string): void {
  const parts = readDate(written);
  if (parts) csl[field] = { 'date-parts': [parts] };
}

export function readDate(written: string): number[] | null {
  const text = written.trim().replace(/\.(?=\s)/g, '');
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) return [Number(match[1]), Number(match[2]), Number(match[3])];
  match = /^(\d{4})$/.exec(text);
  if (match) return [Number(match[1])];
  match = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(text);
  if (match) return withMonth(match[2]!, Number(match[3]), Number(match[1]));
  match = /^([A-Za-z]+)\s+(\d{1,2}),\s+(\d{4})$/.exec(text);
  if (match) return withMonth(match[1]!, Number(match[3]), Number(match[2]));
  match = /^([A-Za-z]+)\s+(\d{4})$/.exec(text);
  if (match) return withMonth(match[1]!, Number(match[2]));
  return null;
}

function withMonth(name: string, year: number, day?: number): number[] | null {
  const month = MONTHS.findIndex((full) => full.startsWith(name.toLowerCase().slice(0, 3))) + 1;
  if (month === 0 || (day !== undefined && (day < 1 || day > 31))) return null;
  return day === undefined ? [year, month] : [year, month, day];
}
