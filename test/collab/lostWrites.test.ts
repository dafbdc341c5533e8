import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type LostWrite, lostWrites } from '../../app/collab/lostWrites';

/** Two replicas of one node's map, in step. */
function replicas(): [Y.Doc, Y.Doc] {
  const first = new Y.Doc();
  const second = new Y.Doc();
  first.getMap('nodes').set('n1', new Y.Map(Object.entries({ title: 'Consent', tags: [], weight: null })));
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
  return [first, second];
}

const FIELDS = new Set(['title', 'tags', 'weight']);

const node = (document: Y.Doc) => document.getMap('nodes').get('n1') as Y.Map<unknown>;

/** Gives `to` what `from` has, recording the writes of `to` that the update replaced unseen. */
function sync(from: Y.Doc, to: Y.Doc): LostWrite[] {
  const found: LostWrite[] = [];
  const observer = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) =>
    found.push(...lostWrites(event, transaction, FIELDS));
  node(to).observe(observer);
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
  node(to).unobserve(observer);
  return found;
}

describe('a write replaced by a concurrent one', () => {
  it('is found on the replica whose value lost, and only there', () => {
    const [first, second] = replicas();
    node(first).set('title', 'Consent by treaty');
    node(second).set('title', 'Consent by declaration');
    const onSecond = sync(first, second);
    const onFirst = sync(second, first);
    expect(node(first).get('title')).toBe(node(second).get('title'));
    const firstWon = node(first).get('title') === 'Consent by treaty';
    const [winner, found] = firstWon ? [first, onSecond] : [second, onFirst];
    const lost = firstWon ? 'Consent by declaration' : 'Consent by treaty';
    expect(found).toEqual([{ field: 'title', lost, kept: node(winner).get('title'), byClient: winner.clientID }]);
    expect([...onFirst, ...onSecond]).toHaveLength(1);
  });

  it('is the latest of several writes made meanwhile, and several fields are each found', () => {
    const [first, second] = replicas();
    node(first).set('title', 'Consent, first');
    node(first).set('title', 'Consent, second');
    node(first).set('tags', ['first']);
    node(second).set('title', 'Consent by declaration');
    node(second).set('tags', ['second']);
    const found = [...sync(first, second), ...sync(second, first)];
    expect(found.map((write) => write.field).sort()).toEqual(['tags', 'title']);
    const title = found.find((write) => write.field === 'title')!;
    expect(['Consent, second', 'Consent by declaration']).toContain(title.lost);
    expect(title.lost).not.toBe(title.kept);
  });

  it('is not an edit made after seeing the other one, nor two writes of the same value, nor a key not asked about', () => {
    const [first, second] = replicas();
    node(first).set('title', 'Consent by treaty');
    expect(sync(first, second)).toEqual([]);
    node(second).set('title', 'Consent by declaration');
    expect(sync(second, first)).toEqual([]);
    node(first).set('weight', 'strong');
    node(second).set('weight', 'strong');
    node(first).set('order', 'a0');
    node(second).set('order', 'a1');
    expect([...sync(first, second), ...sync(second, first)]).toEqual([]);
  });
});
