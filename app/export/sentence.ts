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

/**
 * A title as a sentence: trimmed, ending with a full stop unless it already ends with one (or "?", "!", "…"); a
 * trailing comma, semicolon, colon or dash gives way to the stop, so sentences join without doubled punctuation.
 */
export function asSentence(title: string): string {
  const text = title.trim().replace(/\s*[,;:\u2013\u2014-]+$/, '');
  if (text === '') return '';
  return /[.?!…]["'’”)]*$/.test(text) ? text : `${text}.`;
}

/** A sentence without its closing stop, to go on with (": defeated."), keeping a "?" or "!" it ends with. */
export function withoutStop(sentence: string): string {
  return sentence.replace(/\.(["'’”)]*)$/, '$1');
}

/**
 * A title continuing a sentence ("It may be argued that …", "However, …"): its first word is lower-cased when it is
 * a common word, or one that the case itself writes in lower case more often than capitalised mid-sentence
 * (`lowerCaseWords`); names ("Article", "Charter") keep their capital.
 */
export function continueSentence(title: string, lowerCaseWords: ReadonlySet<string> = new Set()): string {
  const text = title.trim();
  const first = /^[A-Z][a-z]*(?![A-Za-z])/.exec(text)?.[0];
  if (first === undefined) return text;
  const word = first.toLowerCase();
  if (!LOWER_STARTS.has(word) && !lowerCaseWords.has(word)) return text;
  return word + text.slice(first.length);
}

/** The words a text writes in lower case more often than capitalised, counting only words within a sentence. */
export function lowerCaseWords(texts: Iterable<string>): Set<string> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const match of text.matchAll(/(?<=[A-Za-z0-9,;)’”'"] )[A-Za-z][a-z]+\b/g)) {
      const word = match[0].toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + (match[0] === word ? 1 : -1));
    }
  }
  return new Set([...counts].filter(([, balance]) => balance > 0).map(([word]) => word));
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
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
