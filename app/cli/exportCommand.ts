import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ApiClient, MethodInput } from '../api/handlers';
import { cslParentId, styleFileName } from '../cite';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../export/documentFormats';
import { LAYOUTS, PART_IDS, type PartId } from '../export/documentLayout';
import { CasewrightError } from '../model/errors';
import type { Io } from './command';
import { versionReference } from './versionReference';

/** Command-line options of a document export. */
export interface DocumentExportOptions {
  layout?: string | undefined;
  side?: string | undefined;
  out?: string | undefined;
  notes?: boolean | undefined;
  /** A memorial ends with an annex of the argument map. */
  mapAnnex?: boolean | undefined;
  minutes?: string | undefined;
  wordLimits?: string | undefined;
  csl?: string | undefined;
  /** A redline: the changes since this version (and up to `to`, else now). */
  from?: string | undefined;
  to?: string | undefined;
  /** Who the redline's changes are marked as made by. */
  author?: string | undefined;
}

/** Whether `export --format` names a document format (docx, pdf, html, md). */
export function isDocumentFormat(format: string): format is DocumentFormat {
  return Object.hasOwn(DOCUMENT_FORMATS, format);
}

/** "pleadings=10000,facts=1500" as word limits per part. */
function parseWordLimits(text: string, usage: (message: string) => Error): Partial<Record<PartId, number>> {
  const limits: Partial<Record<PartId, number>> = {};
  for (const pair of text.split(',').filter((part) => part.trim() !== '')) {
    const match = /^\s*([A-Za-z]+)\s*=\s*(\d+)\s*$/.exec(pair);
    if (!match || !PART_IDS.includes(match[1] as PartId) || Number(match[2]) < 1) {
      throw usage(
        `--word-limits takes part=words pairs, such as pleadings=10000,facts=1500 (parts: ${PART_IDS.join(', ')}).`,
      );
    }
    limits[match[1] as PartId] = Number(match[2]);
  }
  return limits;
}

function readStyleFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CasewrightError(
      'io',
      `The CSL style ${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    );
  }
}

/**
 * The text of the CSL style file named by --csl and, for a dependent style, of its parent where the user has it:
 * beside the file, or in the folder above a `dependent` folder as the CSL style repository lays them out.
 */
function readStyle(file: string): { cslStyle: string; cslParentStyle?: string } {
  const path = resolve(file);
  const cslStyle = readStyleFile(path);
  const parentName = styleFileName(cslParentId(cslStyle));
  if (parentName === '') return { cslStyle };
  const folder = dirname(path);
  const places = [join(folder, parentName)];
  if (basename(folder) === 'dependent') places.push(join(dirname(folder), parentName));
  for (const place of places) {
    if (existsSync(place)) return { cslStyle, cslParentStyle: readStyleFile(place) };
  }
  return { cslStyle };
}

/**
 * Exports the open case as a memo, memorial, outline or bench-question cards: word-limit warnings go to stderr before the document is
 * written; DOCX and PDF need --out, HTML and Markdown go to stdout without it.
 */
export async function runDocumentExport(
  format: DocumentFormat,
  options: DocumentExportOptions,
  api: ApiClient,
  io: Io,
  usage: (message: string) => Error,
): Promise<number> {
  const layout = options.layout ?? 'memo';
  if (!(LAYOUTS as readonly string[]).includes(layout))
    throw usage(`--layout must be ${LAYOUTS.join(', ')} (got "${layout}").`);
  if (options.side !== undefined && options.side !== 'applicant' && options.side !== 'respondent') {
    throw usage(`--side must be applicant or respondent (got "${options.side}").`);
  }
  if ((format === 'docx' || format === 'pdf') && options.out === undefined)
    throw usage(`--out is required for ${format}.`);
  if (options.mapAnnex === true && layout !== 'memorial')
    throw usage('--map-annex is for the memorial (--layout memorial).');
  const minutes = options.minutes === undefined ? undefined : Number(options.minutes);
  if (minutes !== undefined && (!Number.isInteger(minutes) || minutes < 1 || minutes > 600)) {
    throw usage('--minutes must be a whole number of minutes from 1 to 600.');
  }
  const input: Omit<MethodInput<'export-document'>, 'format'> = {
    layout: layout as 'memo',
    includeNotes: options.notes === true,
    ...(options.mapAnnex === true ? { mapAnnex: true } : {}),
    ...(options.wordLimits !== undefined ? { wordLimits: parseWordLimits(options.wordLimits, usage) } : {}),
    ...(options.side !== undefined ? { side: options.side as 'applicant' } : {}),
    ...(minutes !== undefined ? { minutes } : {}),
    ...(options.csl !== undefined ? readStyle(options.csl) : {}),
  };
  if (options.to !== undefined && options.from === undefined)
    throw usage('--to needs --from: the changes since which version?');
  if (options.author !== undefined && options.from === undefined)
    throw usage('--author names who made the changes of a redline: give --from too.');
  const changes = {
    ...(options.from !== undefined ? { changesSince: await versionReference(api, options.from) } : {}),
    ...(options.to !== undefined ? { changesTo: await versionReference(api, options.to) } : {}),
    ...(options.author !== undefined ? { revisionAuthor: options.author } : {}),
  };
  const warn = (warnings: readonly { message: string }[]) => {
    for (const warning of warnings) io.err(`casewright: warning: ${warning.message}`);
  };
  // Before a PDF, which takes a while to print, the warnings come first; other formats are laid out only once and
  // warned about before the document is written.
  if (format === 'pdf') warn((await api['export-check'](input)).warnings);
  const result = await api['export-document']({ ...input, ...changes, format });
  if (format !== 'pdf') warn(result.warnings);
  const content = result.base64 === undefined ? (result.text ?? '') : Buffer.from(result.base64, 'base64');
  if (options.out === undefined) {
    io.out(String(content).trimEnd());
    return 0;
  }
  const path = resolve(options.out);
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new CasewrightError(
      'io',
      `${path} cannot be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    );
  }
  const side = result.side === 'applicant' ? 'Applicant' : 'Respondent';
  const counts = result.wordCounts.map(
    (count) => `${count.title} ${count.words}${count.limit === null ? '' : `/${count.limit}`}`,
  );
  // The cards write their citations in the text, and count no words (a moot limits the memorial, not the cards).
  const cards = layout === 'cards';
  const details = [
    cards ? `citations in ${result.citationStyle}` : `${result.footnotes} footnotes in ${result.citationStyle}`,
  ];
  if (counts.length > 0) details.push(`words: ${counts.join(', ')}`);
  io.out(`Exported the ${cards ? 'bench-question cards' : layout} for the ${side} to ${path} (${details.join('; ')}).`);
  return 0;
}
