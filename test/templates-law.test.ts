/**
 * The built-in templates' legal content: the sample case's size and coverage, and pins on the provisions,
 * paragraphs and dates taken from shared/reference/legal-facts.md.
 */
import { describe, expect, it } from 'vitest';
import {
  allNodes,
  citations,
  dateParts,
  KINDS,
  loaded,
  nodesCiting,
  SAMPLE,
  template,
  wording,
} from './support/templateFiles';

describe('templates: the sample case', () => {
  const sample = template(SAMPLE);
  const nodes = allNodes(sample.nodes);

  it('has at least 40 nodes, 12 authorities and every kind', () => {
    expect(nodes.length).toBeGreaterThanOrEqual(40);
    expect(sample.authorities.length).toBeGreaterThanOrEqual(12);
    for (const kind of KINDS) expect(nodes.map((node) => node.kind)).toContain(kind);
  });

  it('states the treaty’s date of signature, entry into force and mutual-assistance clause', () => {
    expect(dateParts(sample, 'pact')).toEqual([[2024, 6, 19]]);
    const pact = sample.authorities.find((authority) => authority.key === 'pact');
    expect(pact?.type).toBe('treaty');
    expect(pact?.csl['event-date']).toEqual({ 'date-parts': [[2024, 12, 4]] });
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

  it('covers the four areas of military cooperation and the reported transfers', () => {
    const text = nodes.map(wording).join('\n');
    for (const area of ['training and exercises', 'Arms supply', 'Intelligence sharing', 'Logistical support']) {
      expect(text).toContain(area);
    }
    for (const fact of ['Najin', 'Hwasong-11', 'Kursk', '28 March 2024', '30 April 2024']) expect(text).toContain(fact);
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
      ['uncharter', 'art 96'],
      ['npt', 'art X'],
      ['arsiwa', 'art 16'],
    ];
    for (const [key, pinpoint] of links) {
      expect(nodesCiting(sample, key, pinpoint).length, `${key} ${pinpoint}`).toBeGreaterThan(0);
    }
  });
});

describe('templates: legal content pins', () => {
  it('sanctions: para 8(a) for supply to the DPRK, 8(b) for procurement from it, 8(c) for training both ways', () => {
    const doc = template('unsc-sanctions-breach');
    const rules8a = nodesCiting(doc, 'res1718', 'para 8(a)', 'rule');
    expect(rules8a.some((node) => /supply/i.test(wording(node)) && /to the DPRK/.test(wording(node)))).toBe(true);
    const rules8b = nodesCiting(doc, 'res1718', 'para 8(b)', 'rule');
    expect(rules8b.some((node) => /procurement/i.test(wording(node)) && /from the DPRK/.test(wording(node)))).toBe(
      true,
    );
    const rules8c = nodesCiting(doc, 'res1718', 'para 8(c)', 'rule');
    expect(
      rules8c.some(
        (node) =>
          /training/i.test(wording(node)) && /to the DPRK/.test(wording(node)) && /from the DPRK/.test(wording(node)),
      ),
    ).toBe(true);
    expect(rules8c.some((node) => /both/i.test(node.title))).toBe(true);
    expect(nodesCiting(doc, 'res1874', 'para 10', 'rule').length).toBeGreaterThan(0);
  });

  it('sanctions: UN Charter arts 25 and 48, chapter VII, and the standard counters', () => {
    const doc = template('unsc-sanctions-breach');
    expect(nodesCiting(doc, 'uncharter', 'art 25', 'rule').length).toBeGreaterThan(0);
    expect(nodesCiting(doc, 'uncharter', 'art 48', 'rule').length).toBeGreaterThan(0);
    expect(nodesCiting(doc, 'uncharter', 'art 41', 'rule').length).toBeGreaterThan(0);
    const counters = allNodes(doc.nodes).filter((node) => node.kind === 'counter');
    expect(counters.some((node) => /only .*supplied to the DPRK/.test(node.title))).toBe(true);
    expect(counters.some((node) => /evidence does not prove/.test(node.title))).toBe(true);
    expect(
      counters.some((node) => /self-defence/.test(node.title) && nodesCiting(doc, 'uncharter', 'art 51').length > 0),
    ).toBe(true);
    expect(nodesCiting(doc, 'uncharter', 'art 103', 'rule').length).toBeGreaterThan(0);
  });

  it('sanctions: the Panel of Experts comes from resolution 1874 (2009) para 26, the Committee from 1718 para 12', () => {
    const doc = template('unsc-sanctions-breach');
    expect(nodesCiting(doc, 'res1874', 'para 26').length).toBeGreaterThan(0);
    expect(nodesCiting(doc, 'res1718', 'para 12').length).toBeGreaterThan(0);
    for (const node of allNodes(doc.nodes)) {
      for (const citation of citations(node.text)) {
        if (/Panel/.test(node.title) && citation.key === 'res1718') expect(citation.pinpoint).not.toBe('para 26');
      }
    }
  });

  it('resolution dates: 1718 on 14 October 2006 and 1874 on 12 June 2009, wherever they are cited', () => {
    for (const { doc } of loaded) {
      if (doc.authorities.some((authority) => authority.key === 'res1718')) {
        expect(dateParts(doc, 'res1718'), doc.template.id).toEqual([[2006, 10, 14]]);
      }
      if (doc.authorities.some((authority) => authority.key === 'res1874')) {
        expect(dateParts(doc, 'res1874'), doc.template.id).toEqual([[2009, 6, 12]]);
      }
    }
    expect(dateParts(template('unsc-sanctions-breach'), 'res1718')).toEqual([[2006, 10, 14]]);
    expect(dateParts(template('unsc-sanctions-breach'), 'res1874')).toEqual([[2009, 6, 12]]);
  });

  it('ICJ: art 36(1) and 36(2), who has declarations, art 41, arts 62 and 63, and UN Charter art 96', () => {
    const doc = template('icj-proceedings');
    for (const pinpoint of ['art 36(1)', 'art 36(2)', 'art 41', 'art 62', 'art 63']) {
      expect(nodesCiting(doc, 'icjstatute', pinpoint, 'rule').length, pinpoint).toBeGreaterThan(0);
    }
    expect(nodesCiting(doc, 'uncharter', 'art 96', 'rule').length).toBeGreaterThan(0);
    const declarations = nodesCiting(doc, 'icjdeclarations', '', 'evidence');
    expect(
      declarations.some((node) =>
        /Russian Federation, the DPRK and the Republic of Korea have made none/.test(wording(node)),
      ),
    ).toBe(true);
    const jurisdiction = doc.nodes.find((node) => node.kind === 'issue' && /brought before the Court/.test(node.title));
    expect(jurisdiction?.mode).toBe('any');
  });

  it('NPT: arts I, II and III, and the art X withdrawal as a counter with responses', () => {
    const doc = template('npt-contravention');
    for (const pinpoint of ['art I', 'art II', 'art III']) {
      expect(nodesCiting(doc, 'npt', pinpoint, 'rule').length, pinpoint).toBeGreaterThan(0);
    }
    const withdrawal = allNodes(doc.nodes).find(
      (node) =>
        node.kind === 'counter' &&
        allNodes([node]).some((inner) => citations(inner.text).some((c) => c.pinpoint.startsWith('art X'))),
    );
    expect(withdrawal).toBeDefined();
    expect(withdrawal?.title).toMatch(/withdr/i);
    const responses = (withdrawal?.children ?? []).filter((node) => node.kind === 'response');
    expect(responses.length).toBeGreaterThanOrEqual(2);
    const wordingOfCounter = allNodes([withdrawal!]).map(wording).join('\n');
    for (const date of ['12 March 1993', '11 June 1993', '10 January 2003']) expect(wordingOfCounter).toContain(date);
    expect(responses.some((node) => allNodes([node]).some((inner) => /para 3/.test(inner.text ?? '')))).toBe(true);
  });

  it('aid or assistance: ARSIWA art 16 with its elements cumulative, and arts 1, 2 and 41', () => {
    const doc = template('state-responsibility-aid');
    for (const pinpoint of ['art 1', 'art 2', 'art 16', 'art 41']) {
      expect(nodesCiting(doc, 'arsiwa', pinpoint, 'rule').length, pinpoint).toBeGreaterThan(0);
    }
    expect(nodesCiting(doc, 'arsiwa', 'art 16(a)', 'rule').length).toBeGreaterThan(0);
    expect(nodesCiting(doc, 'arsiwa', 'art 16(b)', 'rule').length).toBeGreaterThan(0);
    const article16 = doc.nodes.find((node) => node.kind === 'issue' && /aiding or assisting/.test(node.title));
    expect(article16?.mode).toBe('all');
    const elements = (article16?.children ?? []).filter((node) => node.kind === 'claim').map((node) => node.title);
    expect(elements.some((title) => /knew/.test(title))).toBe(true);
    expect(elements.some((title) => /would be internationally wrongful if committed/.test(title))).toBe(true);
    expect(elements.some((title) => /aided or assisted/.test(title))).toBe(true);
    expect(nodesCiting(doc, 'bosnia', 'para 420').length).toBeGreaterThan(0);
  });

  it('treaty citations carry the dates and series the reference gives', () => {
    const charter = template('unsc-sanctions-breach').authorities.find((authority) => authority.key === 'uncharter');
    expect(charter?.csl).toMatchObject({
      issued: { 'date-parts': [[1945, 6, 26]] },
      'event-date': { 'date-parts': [[1945, 10, 24]] },
      volume: '1',
      page: 'XVI',
    });
    const npt = template('npt-contravention').authorities.find((authority) => authority.key === 'npt');
    expect(npt?.csl).toMatchObject({
      genre: 'opened for signature',
      issued: { 'date-parts': [[1968, 7, 1]] },
      'event-date': { 'date-parts': [[1970, 3, 5]] },
      volume: '729',
      page: '161',
    });
    const statute = template('icj-proceedings').authorities.find((authority) => authority.key === 'icjstatute');
    expect(statute?.csl).toMatchObject({ volume: '33', page: '993' });
  });
});
