/**
 * The built-in templates' legal content: the sample case's size and coverage, and pins on the provisions,
 * paragraphs and dates taken from shared/reference/legal-facts.md and corrected by the legal review of
 * December 2026 (shared/reference/legal-review-2026-12.md), so that a later edit cannot bring an error back.
 */
import { describe, expect, it } from 'vitest';
import {
  allNodes,
  citations,
  dateParts,
  isObject,
  KINDS,
  loaded,
  nodesCiting,
  SAMPLE,
  type TemplateFile,
  type TemplateNode,
  template,
  wording,
} from './support/templateFiles';

/** The first node whose title matches, anywhere in the tree. */
function find(doc: TemplateFile, title: RegExp, kind?: string): TemplateNode {
  const node = allNodes(doc.nodes).find(
    (candidate) => title.test(candidate.title) && (!kind || candidate.kind === kind),
  );
  if (!node) throw new Error(`${doc.template.id}: no ${kind ?? 'node'} titled ${title}`);
  return node;
}

/** Whether a node or one below it cites `key`, with a pinpoint starting with `pinpoint` when given. */
function cites(node: TemplateNode, key: string, pinpoint = ''): boolean {
  return allNodes([node]).some((inner) =>
    citations(inner.text).some((citation) => citation.key === key && citation.pinpoint.startsWith(pinpoint)),
  );
}

function authority(doc: TemplateFile, key: string) {
  const found = doc.authorities.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`${doc.template.id}: no authority ${key}`);
  return found;
}

const allText = (doc: TemplateFile) => allNodes(doc.nodes).map(wording).join('\n');
const sample = template(SAMPLE);
const sanctions = template('unsc-sanctions-breach');
const icj = template('icj-proceedings');
const npt = template('npt-contravention');
const aid = template('state-responsibility-aid');
const moot = template('moot-memorial');
const memo = template('legal-memo');

describe('templates: the sample case', () => {
  const nodes = allNodes(sample.nodes);

  it('has at least 40 nodes, 12 authorities and every kind', () => {
    expect(nodes.length).toBeGreaterThanOrEqual(40);
    expect(sample.authorities.length).toBeGreaterThanOrEqual(12);
    for (const kind of KINDS) expect(nodes.map((node) => node.kind)).toContain(kind);
  });

  it('carries its own parties: the Republic of Korea v the Russian Federation', () => {
    expect(sample.case).toMatchObject({ applicant: 'Republic of Korea', respondent: 'Russian Federation' });
  });

  it('states the treaty’s date of signature, entry into force and mutual-assistance clause', () => {
    expect(dateParts(sample, 'pact')).toEqual([[2024, 6, 19]]);
    const pact = authority(sample, 'pact');
    expect(pact.type).toBe('treaty');
    expect(pact.csl['event-date']).toEqual({ 'date-parts': [[2024, 12, 4]] });
    expect(nodes.some((node) => wording(node).includes('19 June 2024'))).toBe(true);
    expect(nodes.some((node) => wording(node).includes('4 December 2024'))).toBe(true);
    const article4 = nodesCiting(sample, 'pact', 'art 4', 'evidence');
    expect(article4.some((node) => /Article 51/.test(wording(node)))).toBe(true);
  });

  it('gives the positions of the Republic of Korea, Japan, the United States and China as evidence', () => {
    const evidence = nodes.filter((node) => node.kind === 'evidence');
    const positions: Array<[string, string]> = [
      ['Republic of Korea', 'rokmofa2024'],
      ['Japan', 'japan2024'],
      ['United States', 'trilateral2024'],
      ['China', 'chinamfa2024'],
    ];
    for (const [state, source] of positions) {
      const position = evidence.find((node) => node.title.startsWith(`${state}:`));
      expect(position, state).toBeDefined();
      expect(citations(position?.text).map((citation) => citation.key)).toContain(source);
    }
  });

  it('covers the four areas of military cooperation as press characterisations, and the reported transfers', () => {
    const text = allText(sample);
    for (const area of ['training and exercises', 'Arms supply', 'Intelligence sharing', 'Logistical support']) {
      expect(text).toContain(area);
    }
    for (const fact of ['Najin', 'Hwasong-11', 'Kursk', '28 March 2024', '30 April 2024']) expect(text).toContain(fact);
    // D12: the "four provisions" are press characterisations; Article 8 is the nearest provision.
    const article8 = nodesCiting(sample, 'pact', 'art 8', 'evidence');
    expect(article8.length).toBeGreaterThan(0);
    for (const node of article8) expect(wording(node)).toMatch(/[Pp]ress/);
  });

  it('has respondent counters answered by applicant responses in each part', () => {
    for (const issue of sample.nodes.filter((node) => node.kind === 'issue' && node.title.startsWith('Whether'))) {
      const counters = allNodes([issue]).filter((node) => node.kind === 'counter');
      expect(counters.length, issue.title).toBeGreaterThan(0);
    }
  });

  it('ties the four templates together: sanctions, ICJ, NPT and aid or assistance', () => {
    const links: Array<[string, string]> = [
      ['res1718', 'para 8(b)'],
      ['icjstatute', 'art 36(2)'],
      ['icjrules', 'art 38(5)'],
      ['uncharter', 'art 96'],
      ['npt', 'art X'],
      ['arsiwa', 'art 16'],
    ];
    for (const [key, pinpoint] of links) {
      expect(nodesCiting(sample, key, pinpoint).length, `${key} ${pinpoint}`).toBeGreaterThan(0);
    }
  });

  it('asks for declarations, cessation and assurances, and includes the NPT claim in the prayer for relief', () => {
    const relief = nodes.filter((node) => node.tags?.includes('relief'));
    const titles = relief.map((node) => node.title).join('\n');
    expect(titles).toMatch(/Article 38\(5\)/);
    expect(titles).toMatch(/paragraph 8\(b\)/);
    expect(titles).toMatch(/NPT/);
    expect(titles).toMatch(/cease/);
    expect(titles).not.toMatch(/reparation/);
    const jurisdiction = nodes.filter((node) => node.tags?.includes('jurisdiction'));
    expect(jurisdiction.map((node) => node.title)).toEqual([expect.stringMatching(/Article 38\(5\)/)]);
  });
});

describe('templates: legal content pins', () => {
  it('sanctions: para 8(a) for supply to the DPRK, 8(b) for procurement from it, 8(c) for training both ways', () => {
    const rules8a = nodesCiting(sanctions, 'res1718', 'para 8(a)', 'rule');
    expect(rules8a.some((node) => /supply/i.test(wording(node)) && /to the DPRK/.test(wording(node)))).toBe(true);
    const rules8b = nodesCiting(sanctions, 'res1718', 'para 8(b)', 'rule');
    expect(rules8b.some((node) => /procurement/i.test(wording(node)) && /from the DPRK/.test(wording(node)))).toBe(
      true,
    );
    const rules8c = nodesCiting(sanctions, 'res1718', 'para 8(c)', 'rule');
    expect(
      rules8c.some(
        (node) =>
          /training/i.test(wording(node)) && /to the DPRK/.test(wording(node)) && /from the DPRK/.test(wording(node)),
      ),
    ).toBe(true);
    expect(rules8c.some((node) => /both/i.test(node.title))).toBe(true);
    expect(nodesCiting(sanctions, 'res1874', 'para 10', 'rule').length).toBeGreaterThan(0);
  });

  it('sanctions: UN Charter arts 25 and 48, chapter VII, and the standard counters', () => {
    for (const pinpoint of ['art 25', 'art 48', 'art 41', 'art 103']) {
      expect(nodesCiting(sanctions, 'uncharter', pinpoint, 'rule').length, pinpoint).toBeGreaterThan(0);
    }
    const counters = allNodes(sanctions.nodes).filter((node) => node.kind === 'counter');
    expect(counters.some((node) => /only .*supplied to the DPRK/.test(node.title))).toBe(true);
    expect(counters.some((node) => /evidence does not prove/.test(node.title))).toBe(true);
    expect(counters.some((node) => /self-defence/.test(node.title) && cites(node, 'uncharter', 'art 51'))).toBe(true);
  });

  it('sanctions: the Panel of Experts comes from resolution 1874 (2009) para 26, the Committee from 1718 para 12', () => {
    expect(nodesCiting(sanctions, 'res1874', 'para 26').length).toBeGreaterThan(0);
    expect(nodesCiting(sanctions, 'res1718', 'para 12').length).toBeGreaterThan(0);
    for (const node of allNodes(sanctions.nodes)) {
      for (const citation of citations(node.text)) {
        if (/Panel/.test(node.title) && citation.key === 'res1718') expect(citation.pinpoint).not.toBe('para 26');
      }
    }
  });

  it('resolution dates: 1718 on 14 October 2006 and 1874 on 12 June 2009, wherever they are cited', () => {
    for (const { doc } of loaded) {
      if (doc.authorities.some((candidate) => candidate.key === 'res1718')) {
        expect(dateParts(doc, 'res1718'), doc.template.id).toEqual([[2006, 10, 14]]);
      }
      if (doc.authorities.some((candidate) => candidate.key === 'res1874')) {
        expect(dateParts(doc, 'res1874'), doc.template.id).toEqual([[2009, 6, 12]]);
      }
    }
    expect(dateParts(sanctions, 'res1718')).toEqual([[2006, 10, 14]]);
  });

  it('ICJ: art 36(1) and 36(2), who has declarations, art 41, arts 62 and 63, and UN Charter art 96', () => {
    for (const pinpoint of ['art 36(1)', 'art 36(2)', 'art 41', 'art 62', 'art 63']) {
      expect(nodesCiting(icj, 'icjstatute', pinpoint, 'rule').length, pinpoint).toBeGreaterThan(0);
    }
    expect(nodesCiting(icj, 'uncharter', 'art 96', 'rule').length).toBeGreaterThan(0);
    const declarations = nodesCiting(icj, 'icjdeclarations', '', 'evidence');
    expect(
      declarations.some((node) =>
        /Russian Federation, the DPRK and the Republic of Korea have made none/.test(wording(node)),
      ),
    ).toBe(true);
  });

  it('NPT: arts I, II and III, and the art X withdrawal as a counter with responses', () => {
    for (const pinpoint of ['art I', 'art II', 'art III']) {
      expect(nodesCiting(npt, 'npt', pinpoint, 'rule').length, pinpoint).toBeGreaterThan(0);
    }
    const withdrawal = find(npt, /withdr/i, 'counter');
    expect(cites(withdrawal, 'npt', 'art X')).toBe(true);
    const responses = (withdrawal.children ?? []).filter((node) => node.kind === 'response');
    expect(responses.length).toBeGreaterThanOrEqual(2);
    const wordingOfCounter = allNodes([withdrawal]).map(wording).join('\n');
    for (const date of ['12 March 1993', '11 June 1993', '10 January 2003']) expect(wordingOfCounter).toContain(date);
    expect(responses.some((node) => cites(node, 'res1718', 'para 3'))).toBe(true);
  });

  it('aid or assistance: ARSIWA art 16 with its elements cumulative, and arts 1, 2 and 41', () => {
    for (const pinpoint of ['art 1', 'art 2', 'art 16', 'art 41']) {
      expect(nodesCiting(aid, 'arsiwa', pinpoint, 'rule').length, pinpoint).toBeGreaterThan(0);
    }
    expect(nodesCiting(aid, 'arsiwa', 'art 16(a)', 'rule').length).toBeGreaterThan(0);
    expect(nodesCiting(aid, 'arsiwa', 'art 16(b)', 'rule').length).toBeGreaterThan(0);
    const article16 = aid.nodes.find((node) => node.kind === 'issue' && /aiding or assisting/.test(node.title));
    expect(article16?.mode).toBe('all');
    const elements = (article16?.children ?? []).filter((node) => node.kind === 'claim').map((node) => node.title);
    expect(elements.some((title) => /knew/.test(title))).toBe(true);
    expect(elements.some((title) => /would be internationally wrongful if committed/.test(title))).toBe(true);
    expect(elements.some((title) => /aided or assisted/.test(title))).toBe(true);
    expect(nodesCiting(aid, 'bosnia', 'para 420').length).toBeGreaterThan(0);
  });

  it('treaty citations carry the dates and series the reference gives', () => {
    expect(authority(sanctions, 'uncharter').csl).toMatchObject({
      issued: { 'date-parts': [[1945, 6, 26]] },
      'event-date': { 'date-parts': [[1945, 10, 24]] },
      volume: '1',
      page: 'XVI',
    });
    expect(authority(npt, 'npt').csl).toMatchObject({
      genre: 'opened for signature',
      issued: { 'date-parts': [[1968, 7, 1]] },
      'event-date': { 'date-parts': [[1970, 3, 5]] },
      volume: '729',
      page: '161',
    });
  });
});

describe('templates: the errors the review found (W1–W8)', () => {
  it('W1: the trilateral call and statement were on 24 June 2024, by the three senior officials', () => {
    expect(dateParts(sample, 'trilateral2024')).toEqual([[2024, 6, 24]]);
    for (const { doc } of loaded) expect(allText(doc), doc.template.id).not.toContain('23 June 2024');
    const us = find(sample, /^United States:/, 'evidence');
    for (const name of ['24 June 2024', 'Jung Pak', 'Cho Koo-rae', 'Namazu Hiroyuki'])
      expect(wording(us)).toContain(name);
  });

  it('W2: no provisional-measures order is offered as proof that the principal act was wrongful', () => {
    for (const node of nodesCiting(aid, 'ukrainepm', '')) {
      expect(wording(node)).toMatch(/not a judicial finding|plausib/);
      expect(wording(node)).toMatch(/declined jurisdiction/);
    }
  });

  it('W3: the answer to “lawful self-defence” denies the armed attack and puts the burden on the invoking State', () => {
    const counter = find(aid, /principal act was lawful self-defence/, 'counter');
    const responses = (counter.children ?? []).filter((node) => node.kind === 'response');
    for (const response of responses) {
      expect(cites(response, 'arsiwa', 'art 21')).toBe(false);
      expect(cites(response, 'arsiwa', 'art 26')).toBe(false);
    }
    expect(responses.some((response) => cites(response, 'kursk2024') && cites(response, 'es111', 'para 2'))).toBe(true);
    expect(responses.some((response) => cites(response, 'oilplatforms', 'para 57'))).toBe(true);
  });

  it('W4: the sample’s Article 16 claim rests on an obligation that binds both States, and concedes the rest', () => {
    const issue = find(sample, /aiding or assisting/, 'issue');
    const opposability = find(sample, /would be wrongful if committed by the Russian Federation/, 'claim');
    expect(cites(opposability, 'res1718', 'para 8(c)')).toBe(true);
    const counter = (opposability.children ?? []).find((node) => node.kind === 'counter');
    expect(counter?.title).toMatch(/bind only the DPRK/);
    expect(cites(counter!, 'arsiwacomm', '66, commentary to art 16, para (6)')).toBe(true);
    expect(allNodes([issue]).some((node) => /Intelligence sharing|intelligence/.test(node.title))).toBe(false);
  });

  it('W5: resolution 1718 paras 3–4 show no collective acceptance, not invalidity, and the “return” wording cuts both ways', () => {
    for (const doc of [sample, npt]) {
      const response = find(doc, /No collective acceptance/, 'response');
      expect(cites(response, 'res1718', 'para 4')).toBe(true);
      const returnCounter = (response.children ?? []).find((node) => node.kind === 'counter');
      expect(returnCounter?.title).toMatch(/“return”/);
      expect(cites(returnCounter!, 'sixparty2005')).toBe(true);
      expect(allText(doc)).not.toMatch(/has not accepted the withdrawal/);
    }
  });

  it('W6: the statement that Seoul would reconsider its arms support is the presidential office’s, not the foreign ministry’s', () => {
    for (const node of allNodes(sample.nodes).filter((candidate) => /reconsider its policy/.test(wording(candidate)))) {
      expect(cites(node, 'roknsc2024'), node.title).toBe(true);
    }
    expect(dateParts(sample, 'roknsc2024')).toEqual([[2024, 6, 24]]);
  });

  it('W7: reporting to the Council is a factor, not a condition, of collective self-defence', () => {
    for (const doc of [sample, sanctions]) {
      const rule = nodesCiting(doc, 'nicaragua86', 'paras 195', 'rule')[0]!;
      expect(rule.title).toMatch(/not a condition/);
      expect(allNodes(doc.nodes).some((node) => /and is reported to the Council/.test(node.title))).toBe(false);
    }
  });

  it('W8: the containers were shipped between 7 September and 1 October 2023', () => {
    const shipments = nodesCiting(sample, 'kirby2023', '', 'evidence');
    expect(shipments.some((node) => /between 7 September and 1 October 2023/.test(node.title))).toBe(true);
    expect(shipments.some((node) => /in September 2023$/.test(node.title))).toBe(false);
  });
});

describe('templates: the doubtful items the review found (D1–D13)', () => {
  it('D1: Marshall Islands para 41 states the test; the multilateral-statement point is re-pinpointed and marked', () => {
    for (const doc of [sample, icj]) {
      const rule = find(doc, /multilateral fora/, 'rule');
      expect(cites(rule, 'marshalluk', 'para 41')).toBe(true);
      expect(cites(rule, 'marshalluk', 'paras 45–50')).toBe(true);
      expect(rule.tags).toContain('verify');
    }
  });

  it('D2: recourse to the Council under art 94(2) for a provisional-measures order is only arguable', () => {
    const rule = nodesCiting(icj, 'uncharter', 'art 94(2)', 'rule')[0]!;
    expect(rule.disputed).toBe(true);
    expect(wording(rule)).toMatch(/arguable/);
  });

  it('D3: resolution 2270’s paragraphs are cited one by one, each marked for checking, never as “paras 6–9”', () => {
    for (const { doc } of loaded) {
      for (const node of allNodes(doc.nodes)) {
        for (const citation of citations(node.text).filter((candidate) => candidate.key === 'res2270')) {
          expect(citation.pinpoint, doc.template.id).not.toMatch(/–/);
          if (/^para (6|9)$/.test(citation.pinpoint)) expect(node.tags, node.title).toContain('verify');
        }
      }
    }
  });

  it('D4: both exemption routes of resolution 2321 para 11 are stated, and the State’s own route is met', () => {
    for (const doc of [sample, sanctions]) {
      const rule = nodesCiting(doc, 'res2321', 'para 11', 'rule').find((node) => /suspend/.test(node.title))!;
      expect(wording(rule)).toMatch(/case by case/);
      expect(wording(rule)).toMatch(/notify the Committee in advance/);
      expect(allNodes(doc.nodes).some((node) => node.kind === 'counter' && /exempt/.test(node.title))).toBe(true);
    }
  });

  it('D5: the Panel’s final report of 7 March 2024 carries its UN document symbol', () => {
    for (const { doc } of loaded.filter(({ doc }) => doc.authorities.some((a) => a.key === 'panelreport2024'))) {
      expect(authority(doc, 'panelreport2024')).toMatchObject({
        type: 'un_document',
        csl: { number: 'S/2024/215', issued: { 'date-parts': [[2024, 3, 7]] } },
      });
    }
  });

  it('D6: the Kharkiv report is cited through the Reuters account, in its authors’ own 8(b) framing', () => {
    expect(authority(sample, 'panelkharkiv').type).toBe('webpage');
    const evidence = find(sample, /Kharkiv on 2 January 2024/, 'evidence');
    expect(wording(evidence)).toMatch(/not public/);
    expect(wording(evidence)).toMatch(/procurement by nationals of the Russian Federation/);
  });

  it('D7: the Monitoring Team’s first report is dated 29 May 2025, with its address', () => {
    expect(authority(sample, 'msmt2025').csl).toMatchObject({
      issued: { 'date-parts': [[2025, 5, 29]] },
      URL: 'https://msmt.info',
    });
  });

  it('D8: the foreign ministry’s statement of 20 June 2024 and the summons of 21 June 2024 are separate authorities', () => {
    expect(dateParts(sample, 'rokmofa2024')).toEqual([[2024, 6, 20]]);
    expect(dateParts(sample, 'roksummons2024')).toEqual([[2024, 6, 21]]);
    const summons = find(sample, /^On 21 June 2024 the First Vice Foreign Minister/, 'evidence');
    expect(wording(summons)).toMatch(/Kim Hong-kyun/);
    expect(wording(summons)).toMatch(/Zinoviev/);
  });

  it('D9: the commentary to art 16 is cited by its Yearbook page and paragraph, not through the GA resolution', () => {
    for (const { doc } of loaded) {
      for (const node of allNodes(doc.nodes)) {
        for (const citation of citations(node.text)) {
          if (citation.key === 'arsiwa') expect(citation.pinpoint).not.toMatch(/commentary/);
          if (citation.key === 'arsiwacomm')
            expect(citation.pinpoint).toMatch(/^6[5-7], commentary to art 16, paras? \(/);
        }
      }
    }
    expect(authority(aid, 'arsiwacomm').csl).toMatchObject({
      'container-title': 'YBILC',
      volume: 'II pt 2',
      page: '31',
    });
  });

  it('D10: the review clause of resolution 2087, which is not a Chapter VII resolution, is paired with 1718 para 15', () => {
    for (const { doc } of loaded) {
      for (const node of nodesCiting(doc, 'res2087', 'para 19')) {
        expect(cites(node, 'res1718', 'para 15'), doc.template.id).toBe(true);
        expect(wording(node)).toMatch(/does not invoke Chapter VII/);
      }
    }
  });

  it('D11: Japan’s position of April 2003 is cited to its source, as secondary support', () => {
    for (const doc of [sample, npt]) {
      const japan = nodesCiting(doc, 'japan2003', '', 'evidence');
      expect(japan.length).toBeGreaterThan(0);
      expect(dateParts(doc, 'japan2003')).toEqual([[2003, 4, 11]]);
    }
  });

  it('D13: the list of optional-clause declarations names the United States, China and Ukraine as having none', () => {
    for (const doc of [sample, icj]) {
      const declarations = nodesCiting(doc, 'icjdeclarations', '', 'evidence').map(wording).join('\n');
      for (const state of ['United States', 'China', 'Ukraine', '74'])
        expect(declarations, doc.template.id).toContain(state);
    }
  });
});

describe('templates: jurisdiction, honestly', () => {
  const contentious = (doc: TemplateFile) =>
    doc.nodes.find(
      (node) => node.kind === 'issue' && /jurisdiction over (a contentious case|the claims)/.test(node.title),
    )!;
  const advisory = (doc: TemplateFile) =>
    doc.nodes.find((node) => node.kind === 'issue' && /advisory opinion/.test(node.title))!;

  it.each([
    ['icj-proceedings', icj],
    ['russia-dprk-pact-2024', sample],
  ])('%s: contentious and advisory jurisdiction are separate issues', (_id, doc) => {
    const claims = contentious(doc);
    expect(claims.mode).toBe('all');
    expect(cites(claims, 'uncharter', 'art 96')).toBe(false);
    expect(cites(claims, 'icjstatute', 'art 65')).toBe(false);
    const opinion = advisory(doc);
    expect(opinion).toBeDefined();
    expect(cites(opinion, 'uncharter', 'art 96(1)')).toBe(true);
  });

  it.each([
    ['icj-proceedings', icj],
    ['russia-dprk-pact-2024', sample],
  ])(
    '%s: the consent counter is answered with Article 38(5), not with Article 36(6), after East Timor and Congo v Rwanda',
    (_id, doc) => {
      const counter = (contentious(doc).children ?? []).find((node) => node.kind === 'counter')!;
      expect(cites(counter, 'easttimor', 'para 29')).toBe(true);
      expect(cites(counter, 'drcrwanda', 'para 64')).toBe(true);
      const response = (counter.children ?? []).find((node) => node.kind === 'response')!;
      expect(cites(response, 'icjrules', 'art 38(5)')).toBe(true);
      expect(cites(response, 'icjstatute', 'art 36(6)')).toBe(false);
      expect(wording(counter)).toMatch(/no contentious basis/i);
    },
  );

  it.each([
    ['icj-proceedings', icj],
    ['russia-dprk-pact-2024', sample],
  ])(
    '%s: the advisory route meets Article 12(1) with Wall, and the circumvention counter with Western Sahara',
    (_id, doc) => {
      const opinion = advisory(doc);
      const article12 = allNodes([opinion]).find(
        (node) => node.kind === 'counter' && cites(node, 'uncharter', 'art 12(1)'),
      );
      expect(article12).toBeDefined();
      expect(cites(article12!, 'wall', 'paras 25–28')).toBe(true);
      expect(cites(opinion, 'westernsahara', 'paras 32–33')).toBe(true);
    },
  );

  it('the Monetary Gold rule carries its pinpoints', () => {
    for (const doc of [sample, icj]) {
      const rule = find(doc, /very subject-matter/, 'rule');
      expect(cites(rule, 'monetarygold', '32')).toBe(true);
      expect(cites(rule, 'easttimor', 'paras 28–35')).toBe(true);
    }
  });

  it('provisional measures have their four tests', () => {
    for (const doc of [sample, icj]) {
      const rule = nodesCiting(doc, 'ukrainepm', 'paras 24', 'rule')[0]!;
      for (const test of ['prima facie', 'plausible', 'linked', 'irreparable'])
        expect(wording(rule), doc.template.id).toContain(test);
    }
  });

  it('the sample is an Article 38(5) invitation, and says that the Russian Federation has not consented', () => {
    const consent = allNodes(sample.nodes).filter((node) => /^Consent of the Russian Federation/.test(node.title));
    expect(consent.length).toBeGreaterThan(0);
    for (const node of consent) expect(node.assessment).toBe('rejected');
  });
});

describe('templates: burden and standard of proof', () => {
  const graveClaims = (doc: TemplateFile) =>
    allNodes(doc.nodes).filter(
      (node) =>
        node.kind === 'claim' &&
        (/breached paragraph|breached resolution|breached the financial|breached the labour|attributable to|aided or assisted|facilitated those|encouraged the DPRK|assisted the DPRK/.test(
          node.title,
        ) ||
          /^By (procuring|supplying|training|declaring)/.test(node.title)),
    );

  it.each([
    ['russia-dprk-pact-2024', sample],
    ['unsc-sanctions-breach', sanctions],
    ['state-responsibility-aid', aid],
    ['npt-contravention', npt],
  ])('%s: claims of breach, attribution and aid carry the clear and convincing standard', (_id, doc) => {
    const claims = graveClaims(doc);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(claim.standard, claim.title).toBe('clear_and_convincing');
  });

  it.each([
    ['russia-dprk-pact-2024', sample],
    ['unsc-sanctions-breach', sanctions],
    ['moot-memorial', moot],
  ])('%s: states the standard (Bosnia para 209, Croatia paras 178–79) and the Court’s evidence rules', (_id, doc) => {
    const proof = find(doc, /standard the Court applies/, 'claim');
    const rules: Array<[string, string]> = [
      ['bosnia', 'para 209'],
      ['croatia', 'paras 178–79'],
      ['bosnia', 'paras 227–30'],
      ['drcuganda', 'paras 59–61'],
      ['nicaragua86', 'para 64'],
      ['nicaragua86', 'paras 62–63'],
      ['corfu', '18'],
    ];
    for (const [key, pinpoint] of rules) expect(cites(proof, key, pinpoint), `${key} ${pinpoint}`).toBe(true);
  });
});

describe('templates: the counters the other side would run, each answered', () => {
  const answered = (counter: TemplateNode) => (counter.children ?? []).some((node) => node.kind === 'response');

  it('Charter arts 2(5) and 49 against supplies to the DPRK', () => {
    for (const doc of [sample, sanctions]) {
      expect(nodesCiting(doc, 'uncharter', 'art 2(5)', 'rule').length).toBeGreaterThan(0);
      expect(nodesCiting(doc, 'uncharter', 'art 49', 'rule').length).toBeGreaterThan(0);
    }
  });

  it('the “nationals and flag vessels” reading of para 8(b), answered', () => {
    for (const doc of [sample, sanctions]) {
      const counter = find(doc, /nationals and flag vessels/, 'counter');
      expect(answered(counter)).toBe(true);
      expect(cites(counter, 'panelkharkiv')).toBe(true);
    }
  });

  it('Article 51 inside the Charter, and Judge ad hoc Lauterpacht’s opinion of 1993, answered', () => {
    for (const doc of [sample, sanctions]) {
      const counter = find(doc, /self-defence under Article 51/, 'counter');
      const responses = (counter.children ?? []).filter((node) => node.kind === 'response');
      expect(responses.some((node) => /non-forcible/.test(node.title))).toBe(true);
      expect(
        responses.some((node) => cites(node, 'bosniapm1993', 'Separate Opinion of Judge ad hoc Lauterpacht')),
      ).toBe(true);
    }
    expect(authority(sample, 'bosniapm1993').csl).toMatchObject({
      issued: { 'date-parts': [[1993, 9, 13]] },
      page: '325',
    });
  });

  it('the timeline: transfers before the pact, troops before its entry into force, and “a state of war”', () => {
    for (const doc of [sample, sanctions]) {
      const timeline = find(doc, /^The transfers began before/, 'response');
      const text = allNodes([timeline]).map(wording).join('\n');
      for (const fact of [
        'September 2023',
        '19 June 2024',
        '6 August 2024',
        '8 October 2024',
        '4 December 2024',
        'state of war',
      ]) {
        expect(text, `${doc.template.id}: ${fact}`).toContain(fact);
      }
      expect(cites(timeline, 'kursk2024')).toBe(true);
    }
  });

  it('the DPRK’s direct responsibility where its troops fight (arts 4, 6 and 47)', () => {
    const direct = find(aid, /its own troops fight/, 'issue');
    for (const pinpoint of ['art 4', 'art 6', 'art 47']) expect(cites(direct, 'arsiwa', pinpoint), pinpoint).toBe(true);
    expect(answered(allNodes([direct]).find((node) => node.kind === 'counter')!)).toBe(true);
  });

  it('the “encourage” limb of NPT art I with the statement of 26 September 2024, answered', () => {
    for (const doc of [sample, npt]) {
      const claim = find(doc, /encouraged the DPRK/, 'claim');
      expect(cites(claim, 'lavrov2024')).toBe(true);
      expect(dateParts(doc, 'lavrov2024')).toEqual([[2024, 9, 27]]);
      expect(
        allNodes([claim]).some((node) => /closed issue/.test(wording(node)) && /26 September 2024/.test(wording(node))),
      ).toBe(true);
      expect(answered(allNodes([claim]).find((node) => node.kind === 'counter')!)).toBe(true);
    }
  });

  it('every counter in every template has a response', () => {
    for (const { doc } of loaded) {
      for (const counter of allNodes(doc.nodes).filter((node) => node.kind === 'counter')) {
        expect(answered(counter), `${doc.template.id}: ${counter.title}`).toBe(true);
      }
    }
  });
});

describe('templates: the themes of the source article', () => {
  it('additional sanctions: the vetoes of 26 May 2022 and 28 March 2024, the veto initiative, autonomous measures', () => {
    for (const doc of [sample, sanctions]) {
      expect(dateParts(doc, 'ga12423')).toEqual([[2022, 6, 8]]);
      expect(allText(doc)).toContain('26 May 2022');
      expect(nodesCiting(doc, 'ga76262', '').length).toBeGreaterThan(0);
      expect(nodesCiting(doc, 'spv9591', '').length).toBeGreaterThan(0);
      expect(nodesCiting(doc, 'arsiwa', 'art 49').length).toBeGreaterThan(0);
      expect(nodesCiting(doc, 'arsiwa', 'art 54').length).toBeGreaterThan(0);
      expect(nodesCiting(doc, 'roksanctions2024', '', 'evidence').length).toBeGreaterThan(0);
    }
    expect(dateParts(sample, 'gaveto2024')).toEqual([[2024, 4, 11]]);
  });

  it('the financial and labour heads of the sanctions', () => {
    for (const doc of [sample, sanctions]) {
      expect(nodesCiting(doc, 'res2094', '', 'rule').length).toBeGreaterThan(0);
      expect(nodesCiting(doc, 'res2375', '', 'rule').length).toBeGreaterThan(0);
      expect(nodesCiting(doc, 'res2397', 'para 8', 'rule').length).toBeGreaterThan(0);
    }
  });

  it('the 1961 treaty of friendship and mutual assistance, as history', () => {
    expect(authority(sample, 'treaty1961').csl).toMatchObject({ issued: { 'date-parts': [[1961, 7, 6]] } });
    const history = nodesCiting(sample, 'treaty1961', 'art 1', 'evidence')[0]!;
    expect(wording(history)).toMatch(/1996/);
  });

  it('diplomacy and denuclearisation talks: Article 33 and the Six-Party Joint Statement', () => {
    expect(nodesCiting(sample, 'uncharter', 'art 33(1)', 'rule').length).toBeGreaterThan(0);
    expect(dateParts(sample, 'sixparty2005')).toEqual([[2005, 9, 19]]);
  });

  it('facts after the source article are tagged as later developments', () => {
    const later = ['kcna2025', 'msmt2025', 'kursk2024', 'lavrov2024', 'nis2024', 'rokmnd2025', 'chinamfa2024'];
    for (const { doc } of loaded) {
      for (const node of allNodes(doc.nodes).filter((candidate) => candidate.kind === 'evidence')) {
        const keys = citations(node.text).map((citation) => citation.key);
        if (keys.some((key) => later.includes(key)))
          expect(node.tags, `${doc.template.id}: ${node.title}`).toContain('later-development');
      }
    }
  });
});

describe('templates: citation form', () => {
  it('every web page carries its address and the date it was accessed', () => {
    for (const { doc } of loaded) {
      for (const source of doc.authorities.filter((candidate) => candidate.type === 'webpage')) {
        expect(source.csl.URL, source.key).toMatch(/^https?:\/\//);
        expect(source.csl.accessed, source.key).toEqual({ 'date-parts': [[2026, 12, 1]] });
      }
    }
  });

  it('the ICJ Statute is cited as adopted and in force, and the Rules of Court as an instrument', () => {
    for (const { doc } of loaded.filter(({ doc }) => doc.authorities.some((a) => a.key === 'icjstatute'))) {
      expect(authority(doc, 'icjstatute').csl).toMatchObject({
        genre: 'adopted',
        issued: { 'date-parts': [[1945, 6, 26]] },
        'event-date': { 'date-parts': [[1945, 10, 24]] },
        volume: '33',
        page: '993',
      });
    }
    expect(authority(icj, 'icjrules').type).toBe('legislation');
  });

  it('UN documents other than resolutions carry their symbols', () => {
    for (const { doc } of loaded) {
      for (const source of doc.authorities.filter((candidate) => candidate.type === 'un_document')) {
        expect(source.csl.number, source.key).toMatch(/^[SA]\//);
      }
    }
  });

  it('an authority key has one set of data in every template (the same citation everywhere)', () => {
    const seen = new Map<string, unknown>();
    for (const { doc } of loaded) {
      for (const source of doc.authorities) {
        if (seen.has(source.key)) expect(source, source.key).toEqual(seen.get(source.key));
        seen.set(source.key, source);
        expect(isObject(source.csl as never)).toBe(true);
      }
    }
  });
});

describe('templates: the skeletons', () => {
  it('the moot memorial has a jurisdiction statement, relief, the standard of proof, ARSIWA chapter V and the forms of reparation', () => {
    const nodes = allNodes(moot.nodes);
    expect(nodes.some((node) => node.tags?.includes('jurisdiction'))).toBe(true);
    expect(nodes.filter((node) => node.tags?.includes('relief')).length).toBeGreaterThanOrEqual(3);
    for (const pinpoint of ['art 20', 'art 21', 'art 22', 'art 23', 'art 24', 'art 25', 'art 26']) {
      expect(nodesCiting(moot, 'arsiwa', pinpoint).length, pinpoint).toBeGreaterThan(0);
    }
    for (const pinpoint of ['art 34', 'art 35', 'art 36', 'art 37']) {
      expect(nodesCiting(moot, 'arsiwa', pinpoint).length, pinpoint).toBeGreaterThan(0);
    }
    const parts = find(moot, /parts of the memorial/, 'note');
    for (const part of [
      'Statement of Jurisdiction',
      'Questions Presented',
      'Statement of Facts',
      'Summary of Pleadings',
      'Index of Authorities',
      'Prayer for Relief',
    ]) {
      expect(wording(parts)).toContain(part);
    }
    expect(authority(moot, 'compromis').type).toBe('treaty');
  });

  it('the legal memo has the burden and standard of proof, circumstances precluding wrongfulness and remedies', () => {
    expect(nodesCiting(memo, 'bosnia', 'para 209', 'rule').length).toBeGreaterThan(0);
    expect(nodesCiting(memo, 'arsiwa', 'art 26').length).toBeGreaterThan(0);
    expect(memo.nodes.filter((node) => node.kind === 'issue').map((node) => node.title)).toEqual([
      expect.stringMatching(/responsible/),
      expect.stringMatching(/remedies/),
    ]);
  });
});

describe('templates: pinpoints checked after the review, no longer marked verify', () => {
  /** The "Sources checked" note at the top of a template, where each check names its source. */
  const sources = (doc: TemplateFile) => wording(find(doc, /^Sources checked/, 'note'));
  const unmarked = (node: TemplateNode) => expect(node.tags ?? [], node.title).not.toContain('verify');

  it('resolution 2397 para 5 caps refined petroleum at 500,000 barrels; para 8 and 2375 para 17 are the labour head', () => {
    for (const doc of [sample, sanctions]) {
      const cap = nodesCiting(doc, 'res2397', 'para 5', 'rule');
      expect(cap.length, doc.template.id).toBe(1);
      expect(wording(cap[0]!)).toContain('500,000 barrels');
      const labour = nodesCiting(doc, 'res2397', 'para 8', 'rule');
      expect(labour.length, doc.template.id).toBe(1);
      expect(cites(labour[0]!, 'res2375', 'para 17')).toBe(true);
      expect(wording(labour[0]!)).toMatch(/24 months/);
      for (const node of [...cap, ...labour]) unmarked(node);
      expect(sources(doc)).toMatch(/2397 paras 5 \(refined petroleum\) and 8 \(workers\)/);
    }
  });

  it('the order of 16 March 2022 gives the four provisional-measures tests at paras 24–25, 50–60, 61–64 and 65–66', () => {
    for (const doc of [sample, icj]) {
      const rule = nodesCiting(doc, 'ukrainepm', 'paras 24', 'rule')[0]!;
      for (const pinpoint of ['paras 24–25', 'paras 50–60', 'paras 61–64', 'paras 65–66', 'para 85']) {
        expect(cites(rule, 'ukrainepm', pinpoint), `${doc.template.id}: ${pinpoint}`).toBe(true);
      }
      expect(cites(rule, 'ukrainepm', 'paras 50–51'), 'the plausibility section is paras 50–60').toBe(false);
      unmarked(rule);
      expect(sources(doc)).toMatch(/order of 16 March 2022 in Ukraine v Russian Federation, paras 24–25/);
    }
  });

  it('LaGrand para 109 holds provisional measures binding, as the order of 16 March 2022 para 84 quotes it', () => {
    for (const doc of [sample, icj]) {
      const rule = nodesCiting(doc, 'lagrand', 'para 109', 'rule')[0]!;
      expect(cites(rule, 'ukrainepm', 'para 84')).toBe(true);
      unmarked(rule);
    }
  });

  it('nothing a memorial prints speaks of how the template was made (the source article, the review, a draft)', () => {
    for (const { doc } of loaded) {
      for (const node of allNodes(doc.nodes).filter((candidate) => candidate.kind !== 'note')) {
        expect(wording(node), `${doc.template.id}: "${node.title}"`).not.toMatch(
          /source article|first draft|the review\b|legal review|this template/i,
        );
      }
    }
  });

  it('the Monitoring Team’s labour figure is given as its report gives it: visas sought for about 8,000 workers', () => {
    for (const doc of [sample, sanctions]) {
      const labour = nodesCiting(doc, 'msmt2025', '', 'evidence').filter((node) => /8,000/.test(wording(node)));
      expect(labour.length, doc.template.id).toBe(1);
      expect(wording(labour[0]!)).toMatch(/sought visas for about 8,000 workers/);
      expect(wording(labour[0]!)).not.toMatch(/Check the figure/);
    }
  });

  it('D2 holds on a checked paragraph: LaGrand para 108 left open whether Article 94 covers orders', () => {
    const rule = nodesCiting(icj, 'uncharter', 'art 94(2)', 'rule')[0]!;
    expect(cites(rule, 'lagrand', 'para 108')).toBe(true);
    expect(wording(rule)).toMatch(/arguable/);
    expect(sources(icj)).toMatch(/LaGrand para 108/);
  });

  it('W2 holds on checked paragraphs: the order made no definitive findings of fact and does not prejudge the merits', () => {
    const evidence = nodesCiting(aid, 'ukrainepm', 'paras 50–60', 'evidence')[0]!;
    expect(cites(evidence, 'ukrainepm', 'paras 50–60, 67, 85')).toBe(true);
    expect(wording(evidence)).toMatch(/no definitive findings of fact/);
    unmarked(evidence);
  });
});
