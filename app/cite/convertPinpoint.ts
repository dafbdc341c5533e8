import type { CitationStyle } from '../model/types';

type Label = 'paragraph' | 'article' | 'section' | 'chapter' | 'part' | 'note' | 'page';

/** Each label's forms: OSCOLA singular and plural, Bluebook singular and plural ('' drops the label). */
const FORMS: Record<Label, { oscola: [string, string]; bluebook: [string, string] }> = {
  paragraph: { oscola: ['para', 'paras'], bluebook: ['¶', '¶¶'] },
  article: { oscola: ['art', 'arts'], bluebook: ['art.', 'arts.'] },
  section: { oscola: ['s', 'ss'], bluebook: ['§', '§§'] },
  chapter: { oscola: ['ch', 'chs'], bluebook: ['ch.', 'chs.'] },
  part: { oscola: ['pt', 'pts'], bluebook: ['pt.', 'pts.'] },
  note: { oscola: ['n', 'nn'], bluebook: ['n.', 'nn.'] },
  page: { oscola: ['', ''], bluebook: ['', ''] },
};

/** Written labels (lower case, without a final full stop) with what they mean and whether they are plural. */
const WRITTEN: Readonly<Record<string, readonly [Label, boolean]>> = {
  '¶': ['paragraph', false],
  '¶¶': ['paragraph', true],
  para: ['paragraph', false],
  paras: ['paragraph', true],
  paragraph: ['paragraph', false],
  paragraphs: ['paragraph', true],
  art: ['article', false],
  arts: ['article', true],
  article: ['article', false],
  articles: ['article', true],
  '§': ['section', false],
  '§§': ['section', true],
  s: ['section', false],
  ss: ['section', true],
  sec: ['section', false],
  secs: ['section', true],
  section: ['section', false],
  sections: ['section', true],
  ch: ['chapter', false],
  chs: ['chapter', true],
  chapter: ['chapter', false],
  chapters: ['chapter', true],
  pt: ['part', false],
  pts: ['part', true],
  n: ['note', false],
  nn: ['note', true],
  fn: ['note', false],
  fns: ['note', true],
  p: ['page', false],
  pp: ['page', true],
  page: ['page', false],
  pages: ['page', true],
  at: ['page', false],
};

const WORDS = Object.keys(WRITTEN)
  .filter((word) => /^[a-z]+$/.test(word))
  .sort((left, right) => right.length - left.length)
  .join('|');

const LABEL_PATTERN = new RegExp(`(^|[\\s,;])(¶¶|¶|§§|§|(?:${WORDS})\\.?)\\s*(?=\\d|[ivxlcdm]+\\b|\\()`, 'gi');

/**
 * A pinpoint in the style's own labels, whichever style it was written in: "paras 113–14" becomes
 * Bluebook "¶¶ 113–14", "art. X" becomes OSCOLA "art X"; page labels ("p 45", "at 45") are dropped.
 */
export function convertPinpoint(pinpoint: string, style: CitationStyle): string {
  const trimmed = pinpoint.replace(/\s+/g, ' ').trim();
  return trimmed.replace(LABEL_PATTERN, (match, before: string, written: string) => {
    const meaning = WRITTEN[written.toLowerCase().replace(/\.$/, '')];
    if (!meaning) return match;
    const [label, plural] = meaning;
    const form = FORMS[label][style][plural ? 1 : 0];
    return form === '' ? before : `${before}${form} `;
  });
}

/** Whether a converted pinpoint is a bare page number or range ("45", "45–47", "XVI"), which Bluebook introduces with "at". */
export function isPagePinpoint(pinpoint: string): boolean {
  return /^(\d|[ivxlcdm]+\b)/i.test(pinpoint);
}

/** CSL's locator label for each of ours. */
const CSL_LABELS: Record<Label, string> = {
  paragraph: 'paragraph',
  article: 'article-locator',
  section: 'section',
  chapter: 'chapter',
  part: 'part',
  note: 'note',
  page: 'page',
};

const LEADING_LABEL = new RegExp(`^(¶¶|¶|§§|§|(?:${WORDS})\\.?)\\s*(?=\\d|[ivxlcdm]+\\b|\\()`, 'i');

/**
 * A pinpoint as a CSL locator and its label, for citeproc: "paras 113–14" is paragraph "113–14", "45" is page "45";
 * a pinpoint that is not a labelled locator ("Annex 3") is undefined, and goes after the citation as written.
 */
export function cslLocator(pinpoint: string): { locator: string; label: string } | undefined {
  const trimmed = pinpoint.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return undefined;
  if (/^\d[\d\s,–—-]*$/.test(trimmed)) return { locator: trimmed, label: 'page' };
  const match = LEADING_LABEL.exec(trimmed);
  const meaning = match && WRITTEN[match[1]!.toLowerCase().replace(/\.$/, '')];
  if (!match || !meaning) return undefined;
  return { locator: trimmed.slice(match[0].length).trim(), label: CSL_LABELS[meaning[0]] };
}

/** The plural written label for each CSL locator label, so that two pinpoints merge as "paras 195, 199". */
const PLURAL_LABELS: Record<string, string> = {
  paragraph: 'paras',
  'article-locator': 'arts',
  section: 'ss',
  chapter: 'chs',
  part: 'pts',
  note: 'nn',
  page: '',
};

/**
 * Two pinpoints to one authority in the same footnote as one: "para 195" and "para 199" are "paras 195, 199",
 * "45" and "47" are "45, 47"; pinpoints of different kinds are listed as written ("para 3, Annex 2").
 */
export function mergePinpoints(first: string, second: string): string {
  const [left, right] = [first.replace(/\s+/g, ' ').trim(), second.replace(/\s+/g, ' ').trim()];
  if (left === '' || right === '' || left === right) return left || right;
  const [a, b] = [cslLocator(left), cslLocator(right)];
  if (a && b && a.label === b.label) {
    const label = PLURAL_LABELS[a.label] ?? '';
    return `${label}${label === '' ? '' : ' '}${a.locator}, ${b.locator}`;
  }
  return `${left}, ${right}`;
}
