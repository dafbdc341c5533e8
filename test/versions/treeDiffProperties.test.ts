import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTreeDiff } from '../../app/versions/applyTreeDiff';
import type { CaseSnapshot, SnapshotNode } from '../../app/versions/caseSnapshot';
import { diffSnapshots } from '../../app/versions/diffSnapshots';
import { treeShape } from '../../app/versions/treeShape';

const KINDS = ['issue', 'claim', 'rule', 'evidence', 'counter', 'response', 'note'] as const;
const WORDS = ['the', 'pact', 'breaches', 'Resolution', '1718', 'arms', 'transfer', 'is', 'not', 'lawful'];

const body = (words: string[]) =>
  words.length === 0
    ? ''
    : JSON.stringify({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: words.join(' ') }] }],
      });

type Edit =
  | { type: 'add'; parent: number; index: number; kind: number; title: string }
  | { type: 'remove'; node: number }
  | { type: 'move'; node: number; parent: number; index: number }
  | { type: 'retitle'; node: number; title: string }
  | { type: 'body'; node: number; words: string[] }
  | { type: 'standard'; node: number; value: 'preponderance' | 'scintilla' | null }
  | { type: 'authority'; key: string; short: string };

const pick = fc.nat({ max: 1000 });
const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ type: fc.constant('add'), parent: pick, index: pick, kind: pick, title: fc.string({ maxLength: 8 }) }),
  fc.record({ type: fc.constant('remove'), node: pick }),
  fc.record({ type: fc.constant('move'), node: pick, parent: pick, index: pick }),
  fc.record({ type: fc.constant('move'), node: pick, parent: pick, index: pick }),
  fc.record({ type: fc.constant('retitle'), node: pick, title: fc.string({ maxLength: 8 }) }),
  fc.record({ type: fc.constant('body'), node: pick, words }),
  fc.record({ type: fc.constant('standard'), node: pick, value: fc.constantFrom('preponderance', 'scintilla', null) }),
  fc.record({
    type: fc.constant('authority'),
    key: fc.constantFrom('a', 'b', 'c'),
    short: fc.string({ maxLength: 5 }),
  }),
) as fc.Arbitrary<Edit>;

function emptyCase(): CaseSnapshot {
  return {
    caseInfo: {
      title: 'A v B',
      forum: '',
      applicant: 'A',
      respondent: 'B',
      side: 'applicant',
      citationStyle: 'oscola',
      settings: '{}',
    },
    nodes: new Map(),
    authorities: new Map(),
  };
}

function cloneCase(snapshot: CaseSnapshot): CaseSnapshot {
  return {
    caseInfo: { ...snapshot.caseInfo },
    nodes: new Map([...snapshot.nodes].map(([id, node]) => [id, { ...node }])),
    authorities: new Map([...snapshot.authorities].map(([id, authority]) => [id, { ...authority }])),
  };
}

/** Applies one edit the way the app would: siblings stay numbered 0, 1, 2…; ids are never reused. */
function applyEdit(snapshot: CaseSnapshot, change: Edit, ids: { next: number }): void {
  const all = [...snapshot.nodes.keys()].sort((a, b) => a - b);
  const nodeAt = (index: number) => (all.length === 0 ? undefined : all[index % all.length]!);
  const siblings = (parentId: number | null) =>
    [...snapshot.nodes.values()].filter((node) => node.parentId === parentId).sort((a, b) => a.position - b.position);
  const renumber = (parentId: number | null, order: SnapshotNode[]) => {
    order.forEach((node, position) => {
      snapshot.nodes.set(node.id, { ...node, parentId, position });
    });
  };
  const parentFor = (choice: number) => (choice % (all.length + 1) === all.length ? null : nodeAt(choice)!);
  switch (change.type) {
    case 'add': {
      const parentId = parentFor(change.parent);
      const id = ids.next++;
      const node: SnapshotNode = {
        id,
        parentId,
        position: 0,
        kind: KINDS[change.kind % KINDS.length]!,
        title: change.title,
        side: null,
        mode: null,
        standard: null,
        weight: null,
        assessment: null,
        disputed: 0,
        tags: '[]',
        speaker: null,
        minutes: null,
        difficulty: null,
        body: '',
      };
      const order = siblings(parentId);
      order.splice(change.index % (order.length + 1), 0, node);
      renumber(parentId, order);
      return;
    }
    case 'remove': {
      const id = nodeAt(change.node);
      if (id === undefined) return;
      const parentId = snapshot.nodes.get(id)!.parentId;
      const doomed = [id];
      for (let index = 0; index < doomed.length; index++) {
        for (const node of snapshot.nodes.values()) if (node.parentId === doomed[index]) doomed.push(node.id);
      }
      for (const gone of doomed) snapshot.nodes.delete(gone);
      renumber(parentId, siblings(parentId));
      return;
    }
    case 'move': {
      const id = nodeAt(change.node);
      if (id === undefined) return;
      const parentId = parentFor(change.parent);
      for (let up = parentId; up !== null; up = snapshot.nodes.get(up)!.parentId) if (up === id) return;
      const node = snapshot.nodes.get(id)!;
      renumber(
        node.parentId,
        siblings(node.parentId).filter((sibling) => sibling.id !== id),
      );
      const order = siblings(parentId).filter((sibling) => sibling.id !== id);
      order.splice(change.index % (order.length + 1), 0, node);
      renumber(parentId, order);
      return;
    }
    case 'authority': {
      const existing = [...snapshot.authorities.values()].find((authority) => authority.key === change.key);
      if (existing && change.short === '') snapshot.authorities.delete(existing.id);
      else {
        const id = existing?.id ?? ids.next++;
        snapshot.authorities.set(id, { id, key: change.key, type: 'other', short: change.short, csl: '{}' });
      }
      return;
    }
    default: {
      const id = nodeAt(change.node);
      if (id === undefined) return;
      const node = snapshot.nodes.get(id)!;
      if (change.type === 'retitle') node.title = change.title;
      else if (change.type === 'body') node.body = body(change.words);
      else node.standard = change.value;
    }
  }
}

/** A snapshot as a comparable value: each node's parent, index among siblings and content; authorities by key. */
function canonical(snapshot: CaseSnapshot) {
  const shape = treeShape(snapshot.nodes);
  return {
    caseInfo: snapshot.caseInfo,
    nodes: [...snapshot.nodes.values()]
      .sort((a, b) => a.id - b.id)
      .map(({ position: _position, ...node }) => ({ ...node, index: shape.places.get(node.id)!.index })),
    authorities: [...snapshot.authorities.values()]
      .map(({ id: _id, ...authority }) => authority)
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}

function build(edits: Edit[], start = emptyCase(), ids = { next: 1 }): CaseSnapshot {
  const snapshot = cloneCase(start);
  for (const change of edits) applyEdit(snapshot, change, ids);
  return snapshot;
}

describe('the tree diff', () => {
  it('applied back to the earlier tree gives the later one, for random edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), fc.array(edit, { maxLength: 15 }), (setup, edits) => {
        const ids = { next: 1 };
        const earlier = build(setup, emptyCase(), ids);
        const later = build(edits, earlier, ids);
        const diff = diffSnapshots({ label: 'earlier', snapshot: earlier }, { label: 'later', snapshot: later });
        expect(canonical(applyTreeDiff(earlier, diff))).toEqual(canonical(later));
        if (JSON.stringify(canonical(earlier)) === JSON.stringify(canonical(later))) {
          expect(diff.nodes.filter((node) => node.change !== 'changed' || !node.status)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports a node that changed parent as moved (not removed and added), and a reordering as a move', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { minLength: 5, maxLength: 40 }),
        fc.array(edit, { maxLength: 10 }),
        (setup, edits) => {
          const ids = { next: 1 };
          const earlier = build(setup, emptyCase(), ids);
          const later = build(edits, earlier, ids);
          const diff = diffSnapshots({ label: 'earlier', snapshot: earlier }, { label: 'later', snapshot: later });
          const byId = new Map(diff.nodes.map((node) => [node.id, node]));
          for (const [id, node] of later.nodes) {
            const was = earlier.nodes.get(id);
            if (!was) {
              expect(byId.get(id)?.change).toBe('added');
              continue;
            }
            expect(byId.get(id)?.change ?? 'changed').toBe('changed');
            if (was.parentId !== node.parentId) expect(byId.get(id)?.moved, `node ${id}`).toBeDefined();
          }
          const shapeBefore = treeShape(earlier.nodes);
          const shapeAfter = treeShape(later.nodes);
          for (const [parentId, siblings] of shapeAfter.children) {
            const kept = siblings.filter((id) => shapeBefore.places.get(id)?.parentId === parentId);
            const keptBefore = (shapeBefore.children.get(parentId) ?? []).filter((id) => kept.includes(id));
            if (kept.join() !== keptBefore.join()) expect(kept.some((id) => byId.get(id)?.moved)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports one move when a node goes elsewhere among many siblings, not a shift of the others', () => {
    const setup: Edit[] = Array.from({ length: 8 }, (_, index) => ({
      type: 'add' as const,
      parent: index,
      index,
      kind: 0,
      title: `Issue ${index}`,
    }));
    const ids = { next: 1 };
    const earlier = build(setup, emptyCase(), ids);
    const later = build([{ type: 'move', node: 1, parent: 8, index: 6 }], earlier, ids);
    const diff = diffSnapshots({ label: 'earlier', snapshot: earlier }, { label: 'later', snapshot: later });
    expect(canonical(applyTreeDiff(earlier, diff))).toEqual(canonical(later));
    expect(diff.nodes.map((node) => [node.id, node.moved])).toEqual([
      [2, { from: { parentId: null, index: 1 }, to: { parentId: null, index: 6 } }],
    ]);
  });
});
