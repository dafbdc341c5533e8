import type { GapRule } from '../gapRule';
import { authorityUnused } from './authorityUnused';
import { citationMissingAuthority } from './citationMissingAuthority';
import { claimUnsupported } from './claimUnsupported';
import { claimWithoutFacts } from './claimWithoutFacts';
import { claimWithoutRule } from './claimWithoutRule';
import { counterUnanswered } from './counterUnanswered';
import { emptyTitle } from './emptyTitle';
import { evidenceWithoutSource } from './evidenceWithoutSource';
import { issueWithoutSpeaker } from './issueWithoutSpeaker';
import { pinpointMissing } from './pinpointMissing';
import { pinpointNotInSource } from './pinpointNotInSource';
import { questionUnanswered } from './questionUnanswered';
import { quoteNotInSource } from './quoteNotInSource';
import { ruleWithoutAuthority } from './ruleWithoutAuthority';
import { sideUnanswered } from './sideUnanswered';
import { sourceMissing } from './sourceMissing';
import { speakerOverTime } from './speakerOverTime';

/** Every rule of the gap report; findings about one node come in this order. */
export const GAP_RULES: readonly GapRule[] = [
  claimUnsupported,
  claimWithoutRule,
  claimWithoutFacts,
  evidenceWithoutSource,
  ruleWithoutAuthority,
  counterUnanswered,
  citationMissingAuthority,
  authorityUnused,
  emptyTitle,
  pinpointMissing,
  sideUnanswered,
  pinpointNotInSource,
  quoteNotInSource,
  sourceMissing,
  questionUnanswered,
  issueWithoutSpeaker,
  speakerOverTime,
];
