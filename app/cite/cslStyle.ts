import type CSL from 'citeproc';
import { invalidInput } from '../model/errors';
import type { CitableAuthority } from './citableAuthority';
import type { CitationRun } from './citationRun';
import { citeprocItem } from './citeprocItem';
import { citeprocHtmlToRuns } from './citeprocRuns';
import { cslLocator } from './convertPinpoint';
import type { FootnoteCitation, NoteFormatter } from './footnoteSequencer';

type Engine = InstanceType<typeof CSL.Engine>;

/** The largest CSL style accepted: the biggest in the Zotero style repository are under 200 kB. */
export const MAX_CSL_STYLE_LENGTH = 1_000_000;

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

/** Refuses what is plainly not a CSL style, naming the problem, before citeproc sees it. */
function checkStyleText(xml: string): string {
  if (xml.length > MAX_CSL_STYLE_LENGTH) throw invalidInput('The CSL style is larger than 1 MB.', 'cslStyle');
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw invalidInput('The CSL style declares a DOCTYPE or entities, which CSL styles never need.', 'cslStyle');
  }
  const root = /<style\b[^>]*>/.exec(xml.replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->/g, '').trimStart());
  if (!root?.[0].includes(CSL_NAMESPACE)) {
    throw invalidInput(
      `This is not a CSL style: it must be a <style> element in the namespace ${CSL_NAMESPACE}.`,
      'cslStyle',
    );
  }
  if (!/\bversion\s*=\s*["']1\.\d/.test(root[0])) {
    throw invalidInput(
      'The CSL style does not say which CSL version it is written in (version="1.0" on <style>).',
      'cslStyle',
    );
  }
  if (!/<citation\b/.test(xml))
    throw invalidInput('The CSL style has no <citation> element to format footnotes with.', 'cslStyle');
  const title = /<info\b[\s\S]*?<title>([\s\S]*?)<\/title>/.exec(xml)?.[1];
  return title ? decodeXmlText(title).trim() || 'the CSL style' : 'the CSL style';
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
 * is refused now, with its reason, rather than halfway through an export.
 */
export function loadCslStyle(xml: string): Promise<CslStyle> {
  let style = recentStyles.get(xml);
  if (!style) {
    style = readCslStyle(xml);
    recentStyles.set(xml, style);
    style.catch(() => recentStyles.delete(xml));
    if (recentStyles.size > RECENT_STYLES) recentStyles.delete(recentStyles.keys().next().value!);
  }
  return style;
}

async function readCslStyle(xml: string): Promise<CslStyle> {
  const title = checkStyleText(xml);
  const { Engine, locales } = await loadCiteproc();
  try {
    const trial = new Engine(
      citeprocSys(locales, (id) => (id === SAMPLE.key ? citeprocItem(SAMPLE) : undefined)),
      xml,
    );
    trial.setOutputFormat('html');
    trial.appendCitationCluster({
      citationItems: [{ id: SAMPLE.key, locator: '12', label: 'page' }],
      properties: { noteIndex: 1 },
    });
    trial.updateItems([SAMPLE.key]);
    trial.makeBibliography();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw invalidInput(`${title} cannot be used: ${reason.split('\n')[0]}`, 'cslStyle');
  }
  return { title, formatter: () => new CslNoteFormatter(Engine, xml, locales) };
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
  private noteNumber = 0;

  constructor(
    private readonly Engine: typeof CSL.Engine,
    private readonly xml: string,
    private readonly locales: Record<string, string>,
  ) {
    this.citing = this.engine();
  }

  private engine(): Engine {
    const engine = new this.Engine(
      citeprocSys(this.locales, (id) => this.items.get(id)),
      this.xml,
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

  next(citations: readonly FootnoteCitation[]): CitationRun[] {
    this.noteNumber += 1;
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
    let latest: CitationRun[] = [];
    for (const [index, html] of this.citing.appendCitationCluster({
      citationItems,
      properties: { noteIndex: this.noteNumber },
    })) {
      const runs = citeprocHtmlToRuns(html);
      if (index === this.noteNumber - 1) latest = runs;
      else this.revisions.set(index + 1, runs);
    }
    return latest;
  }

  indexEntry(authority: CitableAuthority): CitationRun[] {
    this.remember(authority);
    this.listing.updateItems([authority.key]);
    const bibliography = this.listing.makeBibliography();
    const html = bibliography ? bibliography[1].join('') : this.listing.makeCitationCluster([{ id: authority.key }]);
    return citeprocHtmlToRuns(html);
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
