import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApiClient } from '../../api/handlers';
import { ERROR_STATES } from '../../citecheck/citationCheck';
import { type Command, type Io, openCase, printJson, stringOption, UsageError } from '../command';

const MARKS = {
  verified: '✓',
  'pinpoint-not-in-source': '✗',
  'quote-not-in-source': '✗',
  'no-source': '·',
  'authority-missing': '✗',
} as const;

/**
 * `casewright citecheck <file> [--json]`: every citation held against its source, in reading order;
 * exit 1 when a citation is in an error state that nobody has checked by hand.
 */
export const run: Command = async ({ rest, options, api, io }) => {
  await openCase(api, rest, 1);
  const draft = stringOption(options, 'draft');
  if (draft !== undefined) return checkDraft(api, io, resolve(draft), options.json === true);
  const report = stringOption(options, 'report');
  if (report !== undefined) {
    const format = /\.(docx|pdf|html)$/i.exec(report)?.[1]?.toLowerCase() as 'docx' | 'pdf' | 'html' | undefined;
    if (!format) throw new UsageError('--report must name a .docx, .pdf or .html file.');
    const written = await api['citecheck-report']({ format });
    writeFileSync(resolve(report), written.text ?? Buffer.from(written.base64!, 'base64'));
    io.out(`Wrote the Cite Check Report to ${resolve(report)}: ${written.summary}`);
  }
  const { citations } = await api['citecheck-get']({});
  if (options.json) {
    printJson(io, {
      citations: citations.map(({ nodeId, key, pinpoint, state, quote, reason, passage, checkedBy, checkedOn }) => ({
        nodeId,
        key,
        pinpoint,
        state,
        quote,
        reason,
        passage,
        checkedBy,
        checkedOn,
      })),
    });
  } else if (citations.length === 0) {
    io.out('The case has no citations.');
  } else {
    const lines = citations.map((citation) => {
      const place = `#${citation.nodeId} [@${citation.key}${citation.pinpoint ? `, ${citation.pinpoint}` : ''}]`;
      const hand = citation.checkedBy ? ` (checked by hand by ${citation.checkedBy} on ${citation.checkedOn})` : '';
      return `${MARKS[citation.state]} ${citation.state.padEnd(22)} ${place}: ${citation.reason}${hand}`;
    });
    const counts = new Map<string, number>();
    for (const citation of citations) counts.set(citation.state, (counts.get(citation.state) ?? 0) + 1);
    const summary = [...counts].map(([state, count]) => `${count} ${state}`).join(', ');
    io.out(`${lines.join('\n')}\n\n${citations.length} citations: ${summary}.`);
  }
  const failing = citations.some((citation) => ERROR_STATES.has(citation.state) && citation.checkedBy === null);
  return failing ? 1 : 0;
};

/** `--draft <memo>`: the citations of a DOCX or Markdown memo's notes matched to the case; exit 1 when any matches nothing or fails its source. */
async function checkDraft(api: ApiClient, io: Io, path: string, json: boolean): Promise<number> {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (error) {
    throw new Error(`${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  const result = /\.docx$/i.test(path)
    ? await api['citecheck-draft']({ format: 'docx', base64: data.toString('base64') })
    : await api['citecheck-draft']({ format: 'md', text: data.toString('utf8') });
  if (json) printJson(io, result);
  else {
    const lines = result.citations.map(
      (citation) =>
        `note ${String(citation.note).padEnd(4)} ${citation.key === null ? 'MATCHES NOTHING' : `[@${citation.key}${citation.pinpoint ? `, ${citation.pinpoint}` : ''}] ${citation.state}`}: ${citation.text}${citation.quote ? ` (quoting “${citation.quote}”)` : ''}`,
    );
    const summary = `${result.notes} notes, ${result.citations.length} citations, ${result.unmatched.length} matching no authority of the case.`;
    io.out([...lines, '', summary].join('\n'));
  }
  const failing = result.citations.some(
    (citation) => citation.key === null || ERROR_STATES.has(citation.state as never),
  );
  return failing ? 1 : 0;
}
