import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentNode } from '../../app/interchange/documentSchema';
import { type TempService, tempService } from '../support/tempService';
import { expectRefused, outlineLines } from './importAssertions';

const RICH_CASE = readFileSync(resolve(import.meta.dirname, '../fixtures/rich-case.json'), 'utf8');
const AIFDB = readFileSync(resolve(import.meta.dirname, '../fixtures/aif/aifdb-sanctions.json'), 'utf8');

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
});
afterEach(() => t.dispose());

interface AifJson {
  nodes: { nodeID: string; text: string; type: string }[];
  edges: { edgeID: string; fromID: string; toID: string }[];
  locutions: unknown[];
}

/** What AIF can carry of a tree: titles, and the kinds its structure shows (notes are left out). */
function aifShape(nodes: DocumentNode[] | undefined): unknown[] {
  return (nodes ?? [])
    .filter((node) => node.kind !== 'note')
    .map((node) => ({
      kind: ['rule', 'evidence'].includes(node.kind) ? 'claim' : node.kind,
      title: node.title,
      // Alternative grounds (any mode) show in AIF as one RA per ground, where there are two or more.
      alternatives:
        node.mode === 'any' &&
        (node.children ?? []).filter((child) => !['counter', 'response', 'note'].includes(child.kind)).length > 1,
      children: aifShape(node.children),
    }));
}

describe('AIF export and import', () => {
  it('exports I-nodes, one RA per supported node (one per ground in any mode) and a CA per counter or response', async () => {
    await t.api['interchange-import']({ document: RICH_CASE });
    const aif = JSON.parse((await t.api['export-aif']({})).text) as AifJson;
    expect(aif.locutions).toEqual([]);
    const byText = (text: string) => aif.nodes.find((node) => node.type === 'I' && node.text === text)!.nodeID;
    const pointsTo = (from: string) => aif.edges.filter((edge) => edge.fromID === from).map((edge) => edge.toID);
    const typeOf = (id: string) => aif.nodes.find((node) => node.nodeID === id)!.type;
    expect(aif.nodes.filter((node) => node.type === 'I')).toHaveLength(10);
    // The claims together (all mode), each of the three grounds of the any-mode claim, the second claim's rule.
    expect(aif.nodes.filter((node) => node.type === 'RA')).toHaveLength(5);
    expect(aif.nodes.filter((node) => node.type === 'CA')).toHaveLength(3);
    const claim = byText('Russia supplied arms to the DPRK');
    const [inference] = pointsTo(byText('The arms embargo'));
    expect(typeOf(inference!)).toBe('RA');
    expect(pointsTo(inference!)).toEqual([claim]);
    const [second] = pointsTo(byText('Panel reports transfers'));
    expect(typeOf(second!)).toBe('RA');
    expect(second).not.toBe(inference);
    expect(pointsTo(second!)).toEqual([claim]);
    expect(aif.edges.filter((edge) => edge.toID === inference || edge.toID === second)).toHaveLength(2);
    const [conflict] = pointsTo(byText('<img src=x onerror=alert(1)>'));
    expect(typeOf(conflict!)).toBe('CA');
    expect(pointsTo(conflict!)).toEqual([claim]);
    expect(aif.nodes.some((node) => node.text === '')).toBe(false);
  });

  it('round-trips the shape of a case: titles, order, issues, claims, counters and responses', async () => {
    await t.api['interchange-import']({ document: RICH_CASE });
    const original = await t.api['interchange-export']({});
    const { text } = await t.api['export-aif']({});
    await t.api['case-create']({ path: t.path('second.casewright') });
    const summary = await t.api['import-aif']({ text });
    expect(summary).toMatchObject({ nodes: 10, warnings: [] });
    const imported = await t.api['interchange-export']({});
    expect(aifShape(imported.nodes)).toEqual(aifShape(original.nodes));
    expect(imported.nodes![0]!.kind).toBe('issue');
  });

  it('imports an AIFdb file with numeric and string ids, RA, CA, an undercut and dialogue nodes', async () => {
    const summary = await t.api['import-aif']({ text: AIFDB });
    expect(await outlineLines(t.api)).toEqual([
      'claim: Russia breached resolution 1718',
      '  claim: Russia transferred ballistic missiles to the DPRK',
      '  claim: The Panel of Experts documented the transfers',
      '  counter: The transfers were lawful collective self-defence',
      '    response: No armed attack against the DPRK has occurred',
      "  counter: The Panel's sources are unreliable",
      'claim: Russia violated the sanctions regime',
      'issue: Whether the Court has jurisdiction',
      'claim: The pact is a defensive alliance',
      '  claim: The pact permits military cooperation',
    ]);
    expect(summary.warnings).toEqual([
      'AIF: nodes[18]: "The pact is a defensive alliance" is part of a cycle of relations; it is placed at the top level.',
      'AIF: edges[17]: "The pact is a defensive alliance" also supports "The pact permits military cooperation"; it is placed once, at the top level.',
    ]);
  });

  it('reads xAIF as OVA3 saves it, the AIF graph under an "AIF" key, as it reads the bare graph', async () => {
    const bare = await t.api['import-aif']({ text: AIFDB });
    const bareLines = await outlineLines(t.api);
    await t.api['case-create']({ path: t.path('second.casewright') });
    const xaif = JSON.stringify({ AIF: JSON.parse(AIFDB), OVA: { firstname: '', nodes: [], edges: [] }, text: '' });
    const wrapped = await t.api['import-aif']({ text: xaif });
    expect(await outlineLines(t.api)).toEqual(bareLines);
    expect(wrapped.warnings).toEqual(bare.warnings);
  });

  it('reads an attack on a conflict (a rebuttal of a rebuttal) as a response to the attacking statement', async () => {
    const text = JSON.stringify({
      nodes: [
        { nodeID: 'y', text: 'Waste should be separated', type: 'I' },
        { nodeID: 'x', text: 'Separating waste is cumbersome', type: 'I' },
        { nodeID: 'z', text: 'It takes a minute a day', type: 'I' },
        { nodeID: 'ca1', text: 'Default Conflict', type: 'CA' },
        { nodeID: 'ca2', text: 'Default Conflict', type: 'CA' },
      ],
      edges: [
        { fromID: 'x', toID: 'ca1' },
        { fromID: 'ca1', toID: 'y' },
        { fromID: 'z', toID: 'ca2' },
        { fromID: 'ca2', toID: 'ca1' },
      ],
    });
    const summary = await t.api['import-aif']({ text });
    expect(await outlineLines(t.api)).toEqual([
      'claim: Waste should be separated',
      '  counter: Separating waste is cumbersome',
      '    response: It takes a minute a day',
    ]);
    expect(summary.warnings).toEqual([]);
  });

  it('reads a statement concluded by two inferences as alternative grounds (any mode), and exports it back so', async () => {
    const text = JSON.stringify({
      nodes: [
        node(1, 'I', 'Conclusion'),
        node(2, 'I', 'First ground'),
        node(3, 'I', 'Second ground'),
        node(4, 'RA', 'Default Inference'),
        node(5, 'RA', 'Default Inference'),
      ],
      edges: [
        { fromID: 2, toID: 4 },
        { fromID: 4, toID: 1 },
        { fromID: 3, toID: 5 },
        { fromID: 5, toID: 1 },
      ],
    });
    await t.api['import-aif']({ text });
    const [conclusion] = await t.api['outline-get']({});
    expect(await t.api['nodes-get']({ id: conclusion!.id })).toMatchObject({ title: 'Conclusion', mode: 'any' });
    const exported = JSON.parse((await t.api['export-aif']({})).text) as AifJson;
    expect(exported.nodes.filter((each) => each.type === 'RA')).toHaveLength(2);
  });

  it('places a premise of two arguments once, under the first, and says so', async () => {
    const text = JSON.stringify({
      nodes: [
        { nodeID: 1, text: 'First conclusion', type: 'I' },
        { nodeID: 2, text: 'Second conclusion', type: 'I' },
        { nodeID: 3, text: 'Shared premise', type: 'I' },
        { nodeID: 4, text: 'Default Inference', type: 'RA' },
        { nodeID: 5, text: 'Default Inference', type: 'RA' },
      ],
      edges: [
        { edgeID: 1, fromID: 3, toID: 4 },
        { edgeID: 2, fromID: 4, toID: 1 },
        { edgeID: 3, fromID: 3, toID: 5 },
        { edgeID: 4, fromID: 5, toID: 2 },
      ],
    });
    const summary = await t.api['import-aif']({ text });
    expect(await outlineLines(t.api)).toEqual([
      'claim: First conclusion',
      '  claim: Shared premise',
      'claim: Second conclusion',
    ]);
    expect(summary.warnings).toEqual([
      'AIF: edges[2]: "Shared premise" also supports "Second conclusion"; it is placed once, under "First conclusion".',
    ]);
  });

  const node = (nodeID: unknown, type = 'I', text = 'A statement') => ({ nodeID, text, type });
  const malformed: [string, string, RegExp][] = [
    ['text that is not JSON', '{"nodes": [', /AIF is not valid JSON/],
    ['a document without nodes', JSON.stringify({ edges: [] }), /AIF: nodes: missing \(expected array\)/],
    [
      'xAIF whose graph has no edges',
      JSON.stringify({ AIF: { nodes: [node(1)] }, OVA: {} }),
      /xAIF: AIF: edges: missing \(expected array\)/,
    ],
    [
      'an unknown node type',
      JSON.stringify({ nodes: [node(1), node(2, 'XX')], edges: [] }),
      /AIF: nodes\[1\]\.type: "XX" is not allowed/,
    ],
    [
      'an id that is an object',
      JSON.stringify({ nodes: [node({ id: 1 })], edges: [] }),
      /AIF: nodes\[0\]\.nodeID: expected an id/,
    ],
    [
      'one id given as a number and a string',
      JSON.stringify({ nodes: [node(1), node('1')], edges: [] }),
      /nodes\[1\]\.nodeID: the id "1" is used twice/,
    ],
    [
      'an edge to a missing node',
      JSON.stringify({ nodes: [node(1)], edges: [{ fromID: 1, toID: '9' }] }),
      /edges\[0\]\.toID: there is no node "9"/,
    ],
    ['an edge without an end', JSON.stringify({ nodes: [node(1)], edges: [{ fromID: 1 }] }), /AIF: edges\[0\]\.toID/],
    ['no I-nodes', JSON.stringify({ nodes: [node(1, 'RA')], edges: [] }), /no I-nodes/],
    ['a top-level array', '[]', /AIF: \(top level\)/],
  ];
  for (const [what, text, message] of malformed) {
    it(`refuses ${what}, changing nothing`, async () => {
      await t.api['import-aif']({ text: JSON.stringify({ nodes: [node(1)], edges: [] }) });
      await expectRefused(t.api, () => t.api['import-aif']({ text }), message);
    });
  }
});
