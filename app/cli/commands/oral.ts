import { type Command, openCase, printJson } from '../command';

const minutes = (value: number) => `${Number(value.toFixed(2))} min`;

/** `casewright oral <file> [--json]`: the oral plan: speakers and their time, the points with speaker and minutes. */
export const run: Command = async ({ rest, options, api, io }) => {
  await openCase(api, rest, 1);
  const plan = await api['oral-plan']({});
  if (options.json) {
    printJson(io, { speakers: plan.speakers, points: plan.points, questions: plan.questions });
    return 0;
  }
  const lines: string[] = [];
  if (plan.speakers.length === 0) lines.push('No speakers yet (set them in Practice → Speakers and time).');
  for (const speaker of plan.speakers) {
    const over = speaker.assignedMinutes > speaker.minutes ? '  OVER TIME' : '';
    lines.push(
      `${speaker.name} (${speaker.side}): ${minutes(speaker.assignedMinutes)} of ${minutes(speaker.minutes)}${over}`,
    );
  }
  if (plan.rebuttalMinutes > 0) lines.push(`Rebuttal: ${minutes(plan.rebuttalMinutes)}`);
  if (plan.surRebuttalMinutes > 0) lines.push(`Sur-rebuttal: ${minutes(plan.surRebuttalMinutes)}`);
  lines.push('');
  for (const point of plan.points) {
    const who = point.speaker
      ? `${point.speaker}, ${point.minutes ? minutes(point.minutes) : 'no minutes'}`
      : 'no speaker';
    lines.push(`${'  '.repeat(point.depth)}#${point.id} ${point.kind}: ${point.title}  [${who}]`);
  }
  const questions = plan.questions.length;
  lines.push('', `${questions} bench question${questions === 1 ? '' : 's'} ("casewright questions" lists them).`);
  io.out(lines.join('\n'));
  return 0;
};
