import type { BodyDocument } from '../../app/body/types';
import type { NodeKind } from '../../app/model/types';
import { pinpointAt } from '../../app/sources/pinpointAt';
import type { CaseStore } from '../state/caseStore';
import { nodeForSideView } from '../state/nodeForSideView';
import type { CitationCheckView, Highlight, SourceView } from './useSourcePane';

/** The kinds evidence is added under; beside any other (a rule, a piece of evidence) it is added after it. */
const SUPPORTED: readonly NodeKind[] = ['issue', 'claim', 'counter', 'response'];
const TITLE_LENGTH = 80;

/**
 * Makes a stretch of a citation's source a new piece of evidence: its words quoted, cited to the same authority at
 * the pinpoint they lie in, under the citing node (a claim, counter or response) or after it. Says what it did.
 */
export async function evidenceFromSource(
  store: CaseStore,
  check: CitationCheckView,
  source: SourceView,
  stretch: Highlight,
  name: string,
): Promise<void> {
  const words = source.text.slice(stretch.start, stretch.end).replace(/\s+/g, ' ').trim();
  if (words === '') return;
  const pinpoint = pinpointAt(source.units, stretch.start, stretch.end);
  const { rows, sideFilter } = store.getState();
  const citing = rows.find((row) => row.id === check.nodeId);
  const under = citing === undefined || SUPPORTED.includes(citing.kind);
  const parentId = under ? (citing?.id ?? null) : citing.parentId;
  const body: BodyDocument = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: `“${words}” ` },
          { type: 'citation', attrs: { key: check.key, pinpoint } },
          { type: 'text', text: '.' },
        ],
      },
    ],
  };
  const node = await store.run(() =>
    store.api['nodes-add']({
      parentId,
      ...(under ? {} : { index: citing.position + 1 }),
      ...nodeForSideView(rows, parentId, 'evidence', 'evidence', sideFilter),
      title: shortTitle(words),
      body,
    }),
  );
  if (!node) return;
  if (parentId !== null) store.toggle(parentId, true);
  store.say(`Added the evidence “${shortTitle(words)}”, citing ${name}${pinpoint ? `, ${pinpoint}` : ''}.`);
}

/** The passage's first words, up to a title's length, cut at a word. */
function shortTitle(words: string): string {
  if (words.length <= TITLE_LENGTH) return words;
  const cut = words.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_LENGTH / 2))}…`;
}
