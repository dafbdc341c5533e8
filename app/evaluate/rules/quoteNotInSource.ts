import type { GapRule } from '../gapRule';
import { citationLabel, uncheckedCitations } from './citationAgainstSource';

/** A quotation that is not found at the place of the source its citation pinpoints. */
export const quoteNotInSource: GapRule = {
  id: 'quote-not-in-source',
  severity: 'error',
  check(context) {
    return uncheckedCitations(quoteNotInSource, 'quote-not-in-source', context, (citation) => ({
      message: `quotes words that are not in ${citationLabel(citation)}. ${citation.reason}`,
      hint: 'Quote the source exactly (spaces, quotation marks and dashes do not matter), or correct the pinpoint.',
    }));
  },
};
