import type { GapRule } from '../gapRule';
import { citationLabel, uncheckedCitations } from './citationAgainstSource';

/** A citation whose pinpoint names a paragraph, article or page its attached source does not have. */
export const pinpointNotInSource: GapRule = {
  id: 'pinpoint-not-in-source',
  severity: 'error',
  check(context) {
    return uncheckedCitations(pinpointNotInSource, 'pinpoint-not-in-source', context, (citation) => ({
      message: `cites ${citationLabel(citation)}, which is not in its source. ${citation.reason}`,
      hint: 'Correct the pinpoint against the source (open it beside the editor), or mark the citation checked by hand.',
    }));
  },
};
