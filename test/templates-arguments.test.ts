/**
 * The built-in templates' arguments: jurisdiction stated honestly, burden and standard of proof, the
 * counters the other side would run and their answers, the source article's themes, citation form, the
 * skeletons, and the pinpoints checked after the legal review of December 2026.
 */
import { describe, expect, it } from 'vitest';
import {
  allNodes,
  citations,
  dateParts,
  isObject,
  loaded,
  nodesCiting,
  type TemplateFile,
  type TemplateNode,
  wording,
} from './support/templateFiles';
import { aid, allText, authority, cites, find, icj, memo, moot, npt, sample, sanctions } from './support/templateLaw';

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
