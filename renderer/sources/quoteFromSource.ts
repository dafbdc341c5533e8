import { pinpointAt } from '../../app/sources/pinpointAt';
import type { CaseStore } from '../state/caseStore';
import type { CitationCheckView, Highlight, SourceView } from './useSourcePane';

/**
 * Quotes a stretch of a citation's source in its node's body: as the quotation of that citation when the words lie
 * at its pinpoint and it quotes nothing yet, else with a new citation of the same authority at the words' pinpoint.
 * Says what it did.
 */
export function quoteFromSource(
  store: CaseStore,
  check: CitationCheckView,
  source: SourceView,
  stretch: Highlight,
  name: string,
): void {
  const ownQuotation =
    check.quote === '' &&
    check.pinpoint !== '' &&
    check.range !== null &&
    stretch.start >= check.range.start &&
    stretch.end <= check.range.end;
  const pinpoint = ownQuotation ? check.pinpoint : pinpointAt(source.units, stretch.start, stretch.end);
  const taken = store.quote({
    nodeId: check.nodeId,
    text: source.text.slice(stretch.start, stretch.end),
    key: check.key,
    pinpoint,
    citationIndex: ownQuotation ? check.index : undefined,
  });
  if (!taken) {
    store.say('Show the node in the editor to quote into its body.', 'error');
    return;
  }
  const where = ownQuotation ? ` as the words of citation ${check.index + 1}` : '';
  store.say(`Quoted ${name}${pinpoint ? `, ${pinpoint}` : ''} in the body${where}.`);
}
