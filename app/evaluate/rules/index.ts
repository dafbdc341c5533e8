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
import { questionUnanswered } from './questionUnanswered';
import { ruleWithoutAuthority } from './ruleWithoutAuthority';
import { sideUnanswered } from './sideUnanswered';
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
  questionUnanswered,
  issueWithoutSpeaker,
  speakerOverTime,
];
