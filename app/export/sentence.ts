const LOWER_STARTS = new Set([
  'a',
  'all',
  'an',
  'any',
  'both',
  'each',
  'it',
  'its',
  'neither',
  'no',
  'none',
  'nothing',
  'our',
  'some',
  'such',
  'the',
  'their',
  'there',
  'these',
  'they',
  'this',
  'those',
]);

/** A title as a sentence: trimmed, ending with a full stop unless it already ends with punctuation. */
export function asSentence(title: string): string {
  const text = title.trim();
  if (text === '') return '';
  return /[.?!:;…]["'’”)]*$/.test(text) ? text : `${text}.`;
}

/** A title continuing a sentence ("It may be argued that …"): a leading common word is lower-cased, names are kept. */
export function continueSentence(title: string): string {
  const text = title.trim();
  const first = /^[A-Z][a-z]*/.exec(text)?.[0];
  if (first === undefined || !LOWER_STARTS.has(first.toLowerCase())) return text;
  return first.toLowerCase() + text.slice(first.length);
}

const AUXILIARY = '(?:is|are|was|were|does|do|did|can|could|may|might|must|shall|should|will|would|has|have|had)';
const QUESTION = new RegExp(
  String.raw`^(?:${AUXILIARY}|(?:what|which|who|whom|whose|how|why|when|where)\s+${AUXILIARY})\b`,
  'i',
);

/** A question presented, ending with a question mark when it is phrased as one ("Does …", "What is …"). */
export function asQuestion(title: string): string {
  const text = title.trim();
  if (/[.?!]$/.test(text) || text === '') return text;
  return QUESTION.test(text) ? `${text}?` : `${text}.`;
}

/** "1,234": a whole number with thousands separators, as the closing word count prints it. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}
