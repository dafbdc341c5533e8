import type { DocumentNode } from '../interchange/documentSchema';
import type { Side, Status } from '../model/types';
import { sideLabel } from './caseNames';
import { pleadedPoints } from './pleadArgument';
import { asSentence, withoutStop } from './sentence';

type Answer = [short: string, reason: string];

const OWN_ANSWERS: Record<Status | 'none', Answer> = {
  established: ['Probably yes', 'the argument is established on the present evidence'],
  contested: ['Possibly', 'the argument is contested, and the answer turns on the points still in dispute'],
  unsupported: ['Not yet', 'the argument is not yet supported by rules and evidence'],
  defeated: ['Probably no', 'the objections against the argument prevail on the present evidence'],
  none: ['Not assessed', 'the issue has not been evaluated'],
};

/** The answers when the issue is argued by the other side: the reader's objections are what may defeat it. */
function answersAgainst(issueSide: Side, reader: Side): Record<Status | 'none', Answer> {
  const theirs = `the ${sideLabel(issueSide)}’s argument`;
  const ours = `the ${sideLabel(reader)}’s objections`;
  return {
    established: ['Probably yes', `${theirs} is established on the present evidence, and ${ours} do not prevail`],
    contested: ['Possibly', `${theirs} is contested, and the answer turns on ${ours} still in dispute`],
    unsupported: ['Probably no', `${theirs} is not yet supported by rules and evidence`],
    defeated: ['Probably no', `${ours} prevail against ${theirs} on the present evidence`],
    none: ['Not assessed', 'the issue has not been evaluated'],
  };
}

/** What a memo answers to an issue for one side, from the issue's status and whose argument it is. */
export function answerTo(issue: DocumentNode, sides: ReadonlyMap<DocumentNode, Side>, reader: Side): Answer {
  const issueSide = sides.get(issue) ?? 'applicant';
  const answers = issueSide === reader ? OWN_ANSWERS : answersAgainst(issueSide, reader);
  return answers[issue.status ?? 'none'];
}

/**
 * The brief answer to an issue for the reader's side: the answer and its reason, then the reader's own points on the
 * issue with their statuses ("The Respondent’s points: The sanctions are outdated: defeated.").
 */
export function briefAnswer(issue: DocumentNode, sides: ReadonlyMap<DocumentNode, Side>, reader: Side): string {
  const [answer, reason] = answerTo(issue, sides, reader);
  const points = pleadedPoints(issue.children ?? [], sides, reader)
    .filter((point) => point.status)
    .map((point) => `${withoutStop(asSentence(point.title))}: ${point.status}.`);
  const own = points.length > 0 ? ` The ${sideLabel(reader)}’s points: ${points.join(' ')}` : '';
  return `${answer}: ${reason}.${own}`;
}
