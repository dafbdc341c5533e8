/**
 * The built-in templates' legal content: the sample case's size and coverage, and pins on the provisions,
 * paragraphs and dates taken from shared/reference/legal-facts.md and corrected by the legal review of
 * December 2026 (shared/reference/legal-review-2026-12.md), so that a later edit cannot bring an error back.
 */
import { describe, expect, it } from 'vitest';
import { allNodes, citations, dateParts, KINDS, loaded, nodesCiting, wording } from './support/templateFiles';
import { aid, allText, authority, cites, find, icj, npt, sample, sanctions } from './support/templateLaw';

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
