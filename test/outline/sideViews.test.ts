import { describe, expect, it } from 'vitest';
import type { OutlineRow } from '../../app/api/views';
import type { NodeKind, Side } from '../../app/model/types';
import { nextVisibleRows, visibleRows } from '../../renderer/outline/visibleRows';
import { nodeForSideView } from '../../renderer/state/nodeForSideView';

type Spec = [title: string, kind: NodeKind, depth: number, side?: Side];

/** Rows in reading order from titles, kinds and depths; ids count from 1. */
function rowsOf(specs: Spec[]): OutlineRow[] {
  const parents: number[] = [];
  return specs.map(([title, kind, depth, side], index) => {
    parents[depth] = index + 1;
    return {
      id: index + 1,
      parentId: depth === 0 ? null : parents[depth - 1]!,
      depth,
      position: index,
      kind,
      title,
      side: side ?? null,
      status: null,
      effectiveWeight: null,
      childCount: specs.filter((other, at) => at > index && other[2] === depth + 1).length,
    };
  });
}

const CASE = rowsOf([
  ['About', 'note', 0],
  ['Issue', 'issue', 0],
  ['Claim', 'claim', 1],
  ['Rule', 'rule', 2],
  ['Fact', 'evidence', 2],
  ['Drafting', 'note', 2],
  ['Counter', 'counter', 2],
  ['Counter rule', 'rule', 3],
  ['Response', 'response', 3],
  ['Response fact', 'evidence', 4],
  ['Second counter', 'counter', 3, 'respondent'],
]);
const ON_EVIDENCE = rowsOf([
  ['Issue', 'issue', 0],
  ['Claim', 'claim', 1],
  ['Fact', 'evidence', 2],
  ['Doubt', 'counter', 3],
]);

const titles = (rows: { title: string }[]) => rows.map((row) => row.title);

describe('the outline of one side', () => {
  it('shows both sides whole under Both', () => {
    expect(titles(visibleRows(CASE, new Set(), 'both'))).toEqual(titles(CASE));
  });

  it('shows the Respondent its own nodes, the Applicant’s points it must answer and notes of neither side', () => {
    const rows = visibleRows(CASE, new Set(), 'respondent');
    expect(titles(rows)).toEqual([
      'About',
      'Issue',
      'Claim',
      'Drafting',
      'Counter',
      'Counter rule',
      'Response',
      'Second counter',
    ]);
    expect(rows.filter((row) => row.otherSide).map((row) => row.title)).toEqual(['Issue', 'Claim', 'Response']);
  });

  it('shows the Applicant its own nodes and the Respondent’s counters, without the Respondent’s rules', () => {
    expect(titles(visibleRows(CASE, new Set(), 'applicant'))).toEqual([
      'About',
      'Issue',
      'Claim',
      'Rule',
      'Fact',
      'Drafting',
      'Counter',
      'Response',
      'Response fact',
      'Second counter',
    ]);
  });

  it('keeps the other side’s evidence when one’s own counter attacks it', () => {
    expect(titles(visibleRows(ON_EVIDENCE, new Set(), 'respondent'))).toEqual(['Issue', 'Claim', 'Fact', 'Doubt']);
  });

  it('still hides what lies under a collapsed node', () => {
    expect(titles(visibleRows(CASE, new Set([3]), 'respondent'))).toEqual(['About', 'Issue', 'Claim']);
  });
});

describe('the outline after a change', () => {
  const renamed = (rows: typeof CASE, id: number, title: string) =>
    rows.map((row) => (row.id === id ? { ...row, title } : row));

  it('shows a renamed row with its new title, in its place and on its side, and leaves the other rows alone', () => {
    const none = new Set<number>();
    const before = nextVisibleRows(undefined, CASE, none, 'respondent');
    const after = nextVisibleRows(before, renamed(CASE, 9, 'Response, renamed'), none, 'respondent');
    expect(after.visible).toEqual(visibleRows(renamed(CASE, 9, 'Response, renamed'), none, 'respondent'));
    expect(after.visible.find((row) => row.id === 9)).toMatchObject({ title: 'Response, renamed', otherSide: true });
    expect(after.visible.filter((row, index) => row !== before.visible[index]).map((row) => row.id)).toEqual([9]);
  });

  it('keeps a row renamed under a collapsed node out of view, and renamed when it is shown again', () => {
    const collapsed = new Set([3]);
    const before = nextVisibleRows(undefined, CASE, collapsed, 'both');
    const hidden = CASE.find((row) => row.parentId === 3)!;
    const rows = renamed(CASE, hidden.id, 'Renamed out of view');
    const after = nextVisibleRows(before, rows, collapsed, 'both');
    expect(after.visible).toEqual(visibleRows(rows, collapsed, 'both'));
    expect(titles(after.visible)).not.toContain('Renamed out of view');
    expect(titles(nextVisibleRows(after, rows, new Set(), 'both').visible)).toContain('Renamed out of view');
  });

  it('works the rows out again when a change moves, adds, re-sides or collapses', () => {
    const none = new Set<number>();
    const before = nextVisibleRows(undefined, CASE, none, 'respondent');
    const resided = CASE.map((row) => (row.id === 4 ? { ...row, side: 'respondent' as const } : row));
    expect(titles(nextVisibleRows(before, resided, none, 'respondent').visible)).toContain('Rule');
    const collapsed = new Set([3]);
    expect(titles(nextVisibleRows(before, CASE, collapsed, 'respondent').visible)).toEqual(['About', 'Issue', 'Claim']);
    const added = [...CASE, { ...CASE[1]!, id: 99, position: 2, title: 'Second issue' }];
    expect(titles(nextVisibleRows(before, added, none, 'respondent').visible)).toContain('Second issue');
    expect(titles(nextVisibleRows(before, CASE, none, 'applicant').visible)).toContain('Rule');
  });
});

describe('a node added in one side’s view', () => {
  it('takes the side of the view when it would inherit the other', () => {
    expect(nodeForSideView(CASE, 2, undefined, 'claim', 'respondent')).toEqual({ kind: 'claim', side: 'respondent' });
    expect(nodeForSideView([], null, undefined, 'issue', 'respondent')).toEqual({ kind: 'issue', side: 'respondent' });
    expect(nodeForSideView(CASE, 7, undefined, 'rule', 'respondent')).toEqual({ kind: 'rule' });
  });

  it('answers the other side’s point: a counter under its claim, a response under its counter', () => {
    expect(nodeForSideView(CASE, 3, undefined, 'rule', 'respondent')).toEqual({ kind: 'counter' });
    expect(nodeForSideView(CASE, 7, undefined, 'rule', 'applicant')).toEqual({ kind: 'response' });
    expect(nodeForSideView(CASE, 3, 'evidence', 'rule', 'respondent')).toEqual({
      kind: 'evidence',
      side: 'respondent',
    });
  });

  it('is left alone under Both', () => {
    expect(nodeForSideView(CASE, 3, undefined, 'rule', 'both')).toEqual({ kind: 'rule' });
  });
});
