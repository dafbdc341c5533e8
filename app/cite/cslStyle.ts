import type CSL from 'citeproc';
import type { CitationItem as CSLCitationItem } from 'citeproc';
import { invalidInput } from '../model/errors';
import type { CitableAuthority } from './citableAuthority';
import { type CitationRun, runsToPlainText } from './citationRun';
import { citeprocItem } from './citeprocItem';
import { citeprocHtmlToRuns } from './citeprocRuns';
import { cslLocator } from './convertPinpoint';
import { type FootnoteCitation, mergeRepeatedCitations, type NoteFormatter } from './footnoteSequencer';
import { MAX_CSL_STYLE_LENGTH } from './maxCslStyleLength';

export { MAX_CSL_STYLE_LENGTH };

type Engine = InstanceType<typeof CSL.Engine>;

const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl';

/** A CSL style file the user supplied, read and tried once; it makes a fresh formatter for each export. */
export interface CslStyle {
  /** The style's title from its <info>, or "the CSL style" when it has none. */
  readonly title: string;
  /** A formatter of one document's footnotes and Index of Authorities. */
  formatter(): NoteFormatter;
}

interface Citeproc {
  Engine: typeof CSL.Engine;
  locales: Record<string, string>;
}

let citeproc: Promise<Citeproc> | undefined;

/** citeproc-js and its locales, loaded the first time a CSL style is used (the CLI starts without them). */
function loadCiteproc(): Promise<Citeproc> {
  citeproc ??= Promise.all([import('citeproc'), import('@citation-js/plugin-csl/lib/locales.json')]).then(
    ([engine, locales]) => ({ Engine: engine.default.Engine, locales: locales.default }),
  );
  return citeproc;
}

/** British English: the US locale with dates written day, month, year ("26 June 1945"), and commas outside quotes. */
function britishLocale(american: string): string {
  return american
    .replace('xml:lang="en-US"', 'xml:lang="en-GB"')
    .replace(/punctuation-in-quote="true"/, 'punctuation-in-quote="false"')
    .replace(
      /<date form="text">[\s\S]*?<\/date>/,
      '<date form="text"><date-part name="day" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/></date>',
    );
}

function localeFor(locales: Record<string, string>, language: string): string {
  if (locales[language]) return locales[language]!;
  if (language === 'en-GB') return britishLocale(locales['en-US']!);
  const sameLanguage = Object.keys(locales).find((known) => known.split('-')[0] === language.split('-')[0]);
  return locales[sameLanguage ?? 'en-US']!;
}

function decodeXmlText(text: string): string {
  return citeprocHtmlToRuns(text)
    .map((run) => run.text)
    .join('');
}

/** A style's `<info>` as read before citeproc sees it: its title, its id and, for a dependent style, its parent. */
interface StyleInfo {
  title: string;
  id: string;
  /** The id (a URL) of the independent style a dependent style borrows its formatting from. */
  parent: string;
  /** The `default-locale` of the `<style>` element, e.g. "en-GB". */
  locale: string;
}

function infoOf(xml: string): StyleInfo {
  const info = /<info\b[\s\S]*?<\/info>/.exec(xml)?.[0] ?? '';
  const title = /<title>([\s\S]*?)<\/title>/.exec(info)?.[1];
  const id = /<id>([\s\S]*?)<\/id>/.exec(info)?.[1] ?? '';
  const parentLink = /<link\b[^>]*\brel=["']independent-parent["'][^>]*>/.exec(info)?.[0] ?? '';
  return {
    title: title ? decodeXmlText(title).trim() || 'the CSL style' : 'the CSL style',
    id: decodeXmlText(id).trim(),
    parent: decodeXmlText(/\bhref=["']([^"']*)["']/.exec(parentLink)?.[1] ?? '').trim(),
    locale: /<style\b[^>]*\bdefault-locale=["']([^"']+)["']/.exec(xml)?.[1] ?? '',
  };
}

/** The file name Zotero gives a style with this id: "http://www.zotero.org/styles/apa" is "apa.csl". */
export function styleFileName(id: string): string {
  const name =
    id
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? '';
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) ? `${name}.csl` : '';
}

/** The parent a dependent CSL style names (its id, a URL), or '' for an independent style or something else. */
export function cslParentId(xml: string): string {
  if (xml.length > MAX_CSL_STYLE_LENGTH || /<citation\b/.test(xml)) return '';
  return infoOf(xml).parent;
}

/** Refuses what is plainly not a CSL style, naming the problem, before citeproc sees it. */
function checkStyleText(xml: string, what = 'The CSL style'): StyleInfo {
  if (xml.length > MAX_CSL_STYLE_LENGTH) throw invalidInput(`${what} is larger than 1 MB.`, 'cslStyle');
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw invalidInput(`${what} declares a DOCTYPE or entities, which CSL styles never need.`, 'cslStyle');
  }
  const root = /<style\b[^>]*>/.exec(xml.replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->/g, '').trimStart());
  if (!root?.[0].includes(CSL_NAMESPACE)) {
    throw invalidInput(
      `${what === 'The CSL style' ? 'This' : what} is not a CSL style: it must be a <style> element in the namespace ${CSL_NAMESPACE}.`,
      'cslStyle',
    );
  }
  if (!/\bversion\s*=\s*["']1\.\d/.test(root[0])) {
    throw invalidInput(
      `${what} does not say which CSL version it is written in (version="1.0" on <style>).`,
      'cslStyle',
    );
  }
  return infoOf(xml);
}

/** A dependent style's parent, checked: it must be the independent style the dependent one names. */
function parentStyle(info: StyleInfo, parentXml: string | undefined): string {
  const parentFile = styleFileName(info.parent);
  if (parentXml === undefined) {
    throw invalidInput(
      `${info.title} is a dependent CSL style: it has no formatting of its own and uses that of its parent, ${info.parent}. ` +
        `Put the parent style${parentFile ? ` (${parentFile})` : ''} beside it or choose the parent style itself.`,
      'cslParentStyle',
    );
  }
  const parent = checkStyleText(parentXml, 'The parent CSL style');
  if (!/<citation\b/.test(parentXml)) {
    throw invalidInput(`The parent CSL style ${parent.title} is itself a dependent style.`, 'cslStyle');
  }
  if (parent.id !== '' && parent.id !== info.parent) {
    throw invalidInput(
      `${info.title} is a dependent style of ${info.parent}, but the parent style given is ${parent.id} (${parent.title}).`,
      'cslStyle',
    );
  }
  return parentXml;
}

const SAMPLE: CitableAuthority = {
  key: 'sample',
  type: 'book',
  short: 'Sample',
  csl: {
    type: 'book',
    title: 'Sample',
    author: [{ family: 'Sample', given: 'Ann' }],
    issued: { 'date-parts': [[2000]] },
  },
};

/** Styles read lately, by their text: the Export dialog tries a style when it is chosen, then exports with it. */
const recentStyles = new Map<string, Promise<CslStyle>>();
const RECENT_STYLES = 4;

/**
 * Reads a CSL style file (the XML text) and tries it on a sample citation, so that a style citeproc-js cannot use
 * is refused now, with its reason, rather than halfway through an export. A dependent style (a journal's name and
 * its parent's formatting) needs the text of that parent, `parentXml`, and is refused without it, naming it.
 */
export function loadCslStyle(xml: string, parentXml?: string): Promise<CslStyle> {
  const cacheKey = parentXml === undefined ? xml : `${xml}\u0000${parentXml}`;
  let style = recentStyles.get(cacheKey);
  if (!style) {
    style = readCslStyle(xml, parentXml);
    recentStyles.set(cacheKey, style);
    style.catch(() => recentStyles.delete(cacheKey));
    if (recentStyles.size > RECENT_STYLES) recentStyles.delete(recentStyles.keys().next().value!);
  }
  return style;
}

/** What citeproc-js threw (an Error, or as often a bare string) as one line of text. */
export function citeprocReason(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  const line = text
    .split('\n')[0]!
    .replace(/^citeproc-js error:\s*/i, '')
    .trim();
  return line === '' || line === 'undefined' ? 'citeproc-js stopped without saying why' : line;
}

async function readCslStyle(xml: string, parentXml: string | undefined): Promise<CslStyle> {
  const info = checkStyleText(xml);
  const { title } = info;
  let formatting = xml;
  if (!/<citation\b/.test(xml)) {
    if (info.parent === '')
      throw invalidInput('The CSL style has no <citation> element to format footnotes with.', 'cslStyle');
    formatting = parentStyle(info, parentXml);
  }
  const language = formatting === xml ? undefined : info.locale || undefined;
  const { Engine, locales } = await loadCiteproc();
  try {
    const trial = new Engine(
      citeprocSys(locales, (id) => (id === SAMPLE.key ? citeprocItem(SAMPLE) : undefined)),
      formatting,
      language,
    );
    trial.setOutputFormat('html');
    trial.appendCitationCluster({
      citationItems: [{ id: SAMPLE.key, locator: '12', label: 'page' }],
      properties: { noteIndex: 1 },
    });
    trial.updateItems([SAMPLE.key]);
    trial.makeBibliography();
  } catch (error) {
    throw invalidInput(`${title} cannot be used: ${citeprocReason(error)}`, 'cslStyle');
  }
  return { title, formatter: () => new CslNoteFormatter(Engine, formatting, locales, title, language) };
}

/** What citeproc-js asks of its host: locales by language, and items by id. */
function citeprocSys(locales: Record<string, string>, item: (id: string) => Record<string, unknown> | undefined) {
  return {
    retrieveLocale: (language: string) => localeFor(locales, language),
    retrieveItem: (id: string) => item(id) ?? { id, type: 'document', title: id },
  };
}

/** Footnotes and index entries written by citeproc-js in a CSL style, one cluster per footnote, in reading order. */
class CslNoteFormatter implements NoteFormatter {
  private readonly items = new Map<string, Record<string, unknown>>();
  private readonly citing: Engine;
  private listingEngine: Engine | undefined;
  private revisions = new Map<number, CitationRun[]>();
  /** What each note cited, by note index, so that a note citeproc revises later is completed as it was. */
  private readonly clusters: { citations: FootnoteCitation[]; items: CSLCitationItem[] }[] = [];
  /** How many items the listing engine holds, all of them in citing order; 0 after it listed one for the index. */
  private listed = 0;
  private noteNumber = 0;

  constructor(
    private readonly Engine: typeof CSL.Engine,
    private readonly xml: string,
    private readonly locales: Record<string, string>,
    private readonly title: string,
    private readonly language: string | undefined,
  ) {
    this.citing = this.engine();
  }

  private engine(): Engine {
    const engine = new this.Engine(
      citeprocSys(this.locales, (id) => this.items.get(id)),
      this.xml,
      this.language,
    );
    engine.setOutputFormat('html');
    return engine;
  }

  /** The second engine, for index entries: a bibliography run on the citing engine would reset its notes. */
  private get listing(): Engine {
    this.listingEngine ??= this.engine();
    return this.listingEngine;
  }

  get currentNote(): number {
    return this.noteNumber;
  }

  next(cited: readonly FootnoteCitation[]): CitationRun[] {
    this.noteNumber += 1;
    const citations = mergeRepeatedCitations(cited);
    const citationItems = citations.map(({ authority, pinpoint, signal }, index) => {
      this.remember(authority);
      const locator = cslLocator(pinpoint);
      const prefix = signal?.trim() ? `${index === 0 ? capitalise(signal.trim()) : signal.trim()} ` : '';
      return {
        id: authority.key,
        ...(locator ?? (pinpoint.trim() ? { suffix: `, ${pinpoint.trim()}` } : {})),
        ...(prefix ? { prefix } : {}),
      };
    });
    const written = this.run(citations, () =>
      this.citing.appendCitationCluster({ citationItems, properties: { noteIndex: this.noteNumber } }),
    );
    this.clusters[this.noteNumber - 1] = { citations, items: citationItems };
    let latest: CitationRun[] = [];
    for (const [index, html] of written) {
      const cluster = this.clusters[index];
      const runs = cluster ? this.complete(cluster.citations, cluster.items, html) : citeprocHtmlToRuns(html);
      if (index === this.noteNumber - 1) latest = runs;
      else this.revisions.set(index + 1, runs);
    }
    return latest;
  }

  /**
   * The note as the style wrote it, unless the style left a citation out: "[CSL STYLE ERROR" or an empty cite
   * ("See ." — Bluebook has no short form for a statute outside a code), or a pinpoint it does not print for that
   * kind of item. Then the note cites in full, with each pinpoint the style dropped written after its citation.
   */
  private complete(citations: readonly FootnoteCitation[], items: CSLCitationItem[], html: string): CitationRun[] {
    const runs = citeprocHtmlToRuns(html);
    const text = runsToPlainText(runs);
    const prefixes = items.map((item) => item.prefix?.trim() ?? '').filter((prefix) => prefix !== '');
    const isIbid = items.length === 1 && /^\W*(\S+\s)?(ibid|id\.)/i.test(text);
    const lost = items.map((item) => !isIbid && item.locator !== undefined && !printsLocator(text, item.locator));
    if (!html.includes('[CSL STYLE ERROR') && !leavesOutACite(text, prefixes) && !lost.includes(true)) return runs;
    const full = items.map((item, index) => {
      if (!lost[index]) return item;
      const { locator: _locator, label: _label, ...rest } = item;
      return { ...rest, suffix: `, ${citations[index]!.pinpoint.trim()}` };
    });
    return citeprocHtmlToRuns(
      this.run(citations, () => {
        // A numbered style numbers the items of the engine's registry (citeproc-js fails on "seq" without them):
        // every item cited so far, in citing order, so that the numbers are those of the notes.
        if (this.listed !== this.items.size) this.listing.updateItems([...this.items.keys()]);
        this.listed = this.items.size;
        return this.listing.makeCitationCluster(full);
      }),
    );
  }

  /**
   * The authority's entry: its bibliography entry, or where the style gives that kind of item none (Chicago and
   * MHRA list no speeches) its citation in full, so that the Index of Authorities never holds an empty entry.
   */
  indexEntry(authority: CitableAuthority): CitationRun[] {
    this.remember(authority);
    const html = this.run([{ authority, pinpoint: '' }], () => {
      this.listing.updateItems([authority.key]);
      this.listed = 0;
      const bibliography = this.listing.makeBibliography();
      const entry = bibliography ? bibliography[1].join('') : '';
      return isBlank(entry) ? this.listing.makeCitationCluster([{ id: authority.key }]) : entry;
    });
    return citeprocHtmlToRuns(html);
  }

  /** Runs citeproc-js, turning what it throws (often a bare string) into a message naming the note and the authorities. */
  private run<T>(citations: readonly FootnoteCitation[], write: () => T): T {
    try {
      return write();
    } catch (error) {
      const keys = citations.map((citation) => citation.authority.key).join(', ');
      throw invalidInput(
        `${this.title} could not write ${citations.length === 1 ? 'the authority' : 'the authorities'} ${keys}: ${citeprocReason(error)}.`.replace(
          /\.\.$/,
          '.',
        ),
        'cslStyle',
      );
    }
  }

  takeRevisions(): ReadonlyMap<number, CitationRun[]> {
    const revisions = this.revisions;
    this.revisions = new Map();
    return revisions;
  }

  private remember(authority: CitableAuthority): void {
    if (!this.items.has(authority.key)) this.items.set(authority.key, citeprocItem(authority));
  }
}

/** Whether a note prints a locator as such: "4" is not printed by "(2024)", nor "12" by "S/RES/1718". */
function printsLocator(text: string, locator: string): boolean {
  const escaped = locator.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}/])${escaped}($|[^\\p{N}])`, 'u').test(text);
}

/** Whether a note's text has a cite the style wrote as nothing: empty, "See .", "See ; Other", "Other; ." */
function leavesOutACite(text: string, prefixes: readonly string[]): boolean {
  const bare = text.trim();
  if (!/[\p{L}\p{N}]/u.test(bare) || /^[;,.]|;\s*[;.]?\s*$|;\s*;/.test(bare)) return true;
  return prefixes.some((prefix) =>
    new RegExp(`(^|;\\s*)${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*([;.]|$)`).test(bare),
  );
}

/** Whether citeproc's HTML holds no text (an empty entry, or one of punctuation and tags only). */
function isBlank(html: string): boolean {
  return !/[\p{L}\p{N}]/u.test(html.replace(/<[^>]*>/g, ''));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
