import { type Command, openCase, printJson } from '../command';

/** `casewright questions <file> [--json]`: the bench questions with their state and prepared answers. */
export const run: Command = async ({ rest, options, api, io }) => {
  await openCase(api, rest, 1);
  const { questions } = await api['oral-plan']({});
  if (options.json) {
    printJson(io, { questions });
    return 0;
  }
  if (questions.length === 0) {
    io.out('No bench questions yet.');
    return 0;
  }
  const blocks = questions.map((question) => {
    const about = question.parentTitle ? `\n    on: ${question.parentTitle}` : '';
    const difficulty = question.difficulty ? `, ${question.difficulty}` : '';
    const answer = question.answer.trim() === '' ? '(no answer yet)' : question.answer.replace(/\s+/g, ' ');
    return `#${question.id} [${question.state}${difficulty}, threatens the ${question.side}] ${question.title}${about}\n    answer: ${answer}`;
  });
  io.out(blocks.join('\n'));
  return 0;
};
