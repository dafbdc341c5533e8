import type { CasewrightDocument, DocumentNode } from '../app/interchange/documentSchema';

const LEGAL_TERMS =
  'state responsibility sanctions transfer missile artillery embargo council resolution treaty obligation breach evidence panel report jurisdiction court consent dispute assistance knowledge attribution training vessel cargo'.split(
    ' ',
  );
const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'tes',
  'lan',
  'dor',
  'vi',
  'nu',
  'pre',
  'sol',
  'ter',
  'gra',
  'ble',
  'cion',
  'mar',
  'est',
];

/** A vocabulary of 4,000 words: common function words and legal terms first, then rarer made-up words. */
const WORDS = [
  ...'the of and to in that a by is for on as with which be it or this shall from not'.split(' '),
  ...LEGAL_TERMS,
  ...Array.from({ length: 4000 }, (_, index) => {
    let word = '';
    for (let value = index + 17; value > 0; value = Math.floor(value / SYLLABLES.length)) {
      word += SYLLABLES[value % SYLLABLES.length];
    }
    return word;
  }),
];

/** A deterministic pseudo-random generator, so every run measures the same case. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  // Word frequencies fall off as in real text (Zipf): the rank is drawn log-uniformly.
  for (let index = 0; index < words; index++) out.push(WORDS[Math.floor(Math.exp(next() * Math.log(WORDS.length)))]!);
  return out.join(' ');
}

/**
 * A synthetic case of `size` nodes: issues of claims, each supported by rules and evidence with
 * citations, attacked by counters with responses. About one node in three cites an authority.
 */
export function generateCase(size: number, seed = 7): CasewrightDocument {
  const next = random(seed);
  const authorities = Array.from({ length: 200 }, (_, index) => ({
    key: `auth${index}`,
    type: (['treaty', 'un_document', 'case', 'book', 'report'] as const)[index % 5]!,
    short: `Authority ${index}`,
    csl: { title: `Authority number ${index}`, issued: { 'date-parts': [[2000 + (index % 25), 1, 1]] } },
  }));
  const cite = () => `[@auth${Math.floor(next() * authorities.length)}, para ${1 + Math.floor(next() * 40)}]`;
  let count = 0;
  const node = (kind: DocumentNode['kind'], extra: Partial<DocumentNode> = {}): DocumentNode => {
    count++;
    const citing = kind === 'rule' || kind === 'evidence' || next() < 0.1;
    return {
      kind,
      title: `${kind} ${count}: ${sentence(next, 6)}`,
      text: `${sentence(next, 25)}${citing ? ` ${cite()}` : ''}.`,
      ...extra,
    };
  };
  const nodes: DocumentNode[] = [];
  while (count < size) {
    const issue = node('issue', { children: [] });
    nodes.push(issue);
    for (let claimIndex = 0; claimIndex < 10 && count < size; claimIndex++) {
      const claim = node('claim', { mode: next() < 0.8 ? 'all' : 'any', children: [] });
      issue.children!.push(claim);
      const group = [
        node('rule'),
        node('evidence', { weight: 'strong', assessment: 'accepted' }),
        node('evidence', { weight: 'moderate', assessment: next() < 0.5 ? 'accepted' : 'contested' }),
        node('counter', {
          children: [
            node('evidence', { weight: 'weak', assessment: 'accepted' }),
            node('response', { children: [node('rule')] }),
          ],
        }),
      ];
      claim.children!.push(...group);
    }
  }
  return { format: 'casewright', version: 1, case: { title: `Generated case of ${size} nodes` }, authorities, nodes };
}

/** The generated case with only its first `limit` citations kept, so a document export has a known number of footnotes. */
export function withCitations(document: CasewrightDocument, limit: number): CasewrightDocument {
  let kept = 0;
  const trim = (node: DocumentNode): DocumentNode => ({
    ...node,
    ...(node.text === undefined
      ? {}
      : { text: node.text.replace(/ ?\[@[^\]]*\]/g, (citation) => (kept++ < limit ? citation : '')) }),
    ...(node.children ? { children: node.children.map(trim) } : {}),
  });
  return { ...document, nodes: (document.nodes ?? []).map(trim) };
}
