import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownToBody } from '../../app/body/markdownToBody';
import { SOURCE_FILE_FORMATS } from '../../app/sources/sourceTypes';
import { type TempService, tempService } from '../support/tempService';
import { closeBrowser, FILE_NAMES, labelledPdf, sourceFile } from './sourceFiles';
import { JUDGMENT, RESOLUTION, TREATY } from './sourceFixtures';

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
  await t.api['authorities-add']({ key: 'pulpmills', type: 'case', csl: { title: 'Pulp Mills on the River Uruguay' } });
  await t.api['authorities-add']({ key: 'res1718', type: 'un_document', csl: { title: 'Resolution 1718 (2006)' } });
  await t.api['authorities-add']({ key: 'charter', type: 'treaty', csl: { title: 'Charter of the United Nations' } });
  await t.api['authorities-add']({ key: 'orphan', type: 'case', csl: { title: 'A case with no source' } });
});
afterEach(() => t.dispose());
afterAll(() => closeBrowser());

/** Each citation, in the order written, with the state it must reach. */
const CITED: [string, string][] = [
  [
    'A State “has its origins in the due diligence that is required of a State in its territory” [@pulpmills, para 101].',
    'verified',
  ],
  [
    'It is “every State’s obligation not to allow knowingly its territory to be used” [@pulpmills, para 101].',
    'verified',
  ],
  ['The Court spoke of “the obligation to inform CARU” [@pulpmills, para 101].', 'quote-not-in-source'],
  ['The Court spoke of “the obligation to inform CARU” [@pulpmills, paras 101–102].', 'verified'],
  ['An assessment is required [@pulpmills, para 250].', 'pinpoint-not-in-source'],
  [
    'Member States “shall prevent the direct or indirect supply, sale or transfer to the DPRK” [@res1718, para 8(a)].',
    'verified',
  ],
  ['The DPRK “shall cease the export of all items” [@res1718, op para 8(c)].', 'quote-not-in-source'],
  ['Assets are frozen [@res1718, para 8(d)].', 'pinpoint-not-in-source'],
  ['Members “shall refrain … from the threat or use of force” [@charter, art 2(4)].', 'verified'],
  ['The “inherent right of individual or collective self\u2011defence” [@charter, art 51].', 'verified'],
  ['Domestic jurisdiction is reserved [@charter, art 2(7)].', 'pinpoint-not-in-source'],
  ['A case without its text [@orphan, para 3].', 'no-source'],
  ['A case nobody entered [@ghost, para 1].', 'authority-missing'],
];

async function attachAll(format: (typeof SOURCE_FILE_FORMATS)[number]) {
  const sources: [string, readonly string[]][] = [
    ['pulpmills', JUDGMENT],
    ['res1718', RESOLUTION],
    ['charter', TREATY],
  ];
  const attached = [];
  for (const [key, lines] of sources) {
    const data = await sourceFile(format, lines, key);
    attached.push(
      await t.api['sources-attach']({ key, fileName: FILE_NAMES[format], base64: data.toString('base64') }),
    );
  }
  return attached;
}

describe.each(SOURCE_FILE_FORMATS)('citations held against %s sources', (format) => {
  it('splits each source into its units and gives every citation the state its source supports', async () => {
    const attached = await attachAll(format);
    expect(attached.map((source) => [source.key, source.format, source.units.paragraph, source.units.article])).toEqual(
      [
        ['pulpmills', format, 6, 0],
        ['res1718', format, 4, 0],
        ['charter', format, 0, 3],
      ],
    );
    const rule = await t.api['nodes-add']({ parentId: null, kind: 'rule', title: 'Prevention' });
    for (const [index, [text]] of CITED.entries()) {
      await t.api['nodes-add']({ parentId: rule.id, kind: 'evidence', title: `Citation ${index + 1}`, text });
    }
    const { citations } = await t.api['citecheck-get']({});
    expect(citations.map((citation) => `${citation.key} ${citation.pinpoint}: ${citation.state}`)).toEqual(
      CITED.map(
        ([text, state]) =>
          `${/\[@(\w+), ([^\]]+)\]/.exec(text)![1]} ${/\[@(\w+), ([^\]]+)\]/.exec(text)![2]}: ${state}`,
      ),
    );
    const art24 = citations.find((citation) => citation.pinpoint === 'art 2(4)')!;
    expect(art24.passage).toMatch(/^4\. All Members shall refrain/);
    expect(art24.quote).toBe('shall refrain … from the threat or use of force');
  });
});

describe('a PDF source', () => {
  it('has the pages Chromium printed, and a page pinpoint is found only on a page the PDF has', async () => {
    const attached = await attachAll('pdf');
    expect(attached[0]!.units.page).toBe(1);
    await t.api['nodes-add']({
      parentId: null,
      kind: 'evidence',
      title: 'Pages',
      text: 'It was “required of a State in its territory” [@pulpmills, p 1]. Not so [@pulpmills, p 9].',
    });
    const { citations } = await t.api['citecheck-get']({});
    expect(citations.map((citation) => citation.state)).toEqual(['verified', 'pinpoint-not-in-source']);
  });
  it('takes its page pinpoints from the PDF’s page labels (front matter i, then 14, 15), not the pages’ order', async () => {
    const pdf = labelledPdf(
      [
        ['Foreword by the Registrar of the Court.'],
        ['Pulp Mills on the River Uruguay', 'The Court turns to the obligation of prevention.'],
        ['The Court notes the environmental impact assessment.'],
      ],
      [
        { from: 0, style: 'r' },
        { from: 1, style: 'D', start: 14 },
      ],
    );
    const attached = await t.api['sources-attach']({
      key: 'pulpmills',
      fileName: 'report.pdf',
      base64: pdf.toString('base64'),
    });
    expect(attached.units.page).toBe(3);
    const { units } = await t.api['sources-get']({ key: 'pulpmills' });
    expect(units.filter((unit) => unit.kind === 'page').map((unit) => unit.label)).toEqual(['i', '14', '15']);
    await t.api['nodes-add']({
      parentId: null,
      kind: 'evidence',
      title: 'Pages',
      text: [
        'A “Foreword by the Registrar” [@pulpmills, p i].',
        'It turns “to the obligation of prevention” [@pulpmills, p 14].',
        'It notes “the environmental impact assessment” [@pulpmills, p 15].',
        'It notes “the environmental impact assessment” [@pulpmills, p 14].',
        'Not the second page by its order [@pulpmills, p 2].',
        'Nor the first [@pulpmills, p 1].',
      ].join(' '),
    });
    const { citations } = await t.api['citecheck-get']({});
    expect(citations.map((citation) => `${citation.pinpoint}: ${citation.state}`)).toEqual([
      'p i: verified',
      'p 14: verified',
      'p 15: verified',
      'p 14: quote-not-in-source',
      'p 2: pinpoint-not-in-source',
      'p 1: pinpoint-not-in-source',
    ]);
  });
});

describe('the gap report and checks by hand', () => {
  const citeFindings = async () =>
    (await t.api['evaluation-get']({})).findings
      .filter((finding) => ['pinpoint-not-in-source', 'quote-not-in-source', 'source-missing'].includes(finding.rule))
      .map((finding) => `${finding.rule} ${finding.severity} ${finding.authorityKey}`);

  beforeEach(async () => {
    const rule = await t.api['nodes-add']({ parentId: null, kind: 'rule', title: 'Prevention' });
    for (const [index, [text]] of CITED.entries()) {
      await t.api['nodes-add']({ parentId: rule.id, kind: 'evidence', title: `Citation ${index + 1}`, text });
    }
  });

  it('has no cite-check findings while the case has no source', async () => {
    expect(await citeFindings()).toEqual([]);
  });

  it('reports each citation the source contradicts, and each cited authority without a source once', async () => {
    await attachAll('text');
    expect(await citeFindings()).toEqual([
      'quote-not-in-source error pulpmills',
      'pinpoint-not-in-source error pulpmills',
      'quote-not-in-source error res1718',
      'pinpoint-not-in-source error res1718',
      'pinpoint-not-in-source error charter',
      'source-missing info orphan',
    ]);
    const finding = (await t.api['evaluation-get']({})).findings.find(
      (item) => item.rule === 'pinpoint-not-in-source',
    )!;
    expect(finding.message).toBe(
      'Evidence “Citation 5” cites “pulpmills” at para 250, which is not in its source. The source has no paragraph 250.',
    );
  });

  it('takes a citation checked by hand out of the report, with who checked it and when, until the citation changes', async () => {
    await attachAll('text');
    const { citations } = await t.api['citecheck-get']({});
    const wrong = citations.find((citation) => citation.pinpoint === 'art 2(7)')!;
    await expect(t.api['citecheck-mark']({ nodeId: wrong.nodeId, index: 0 })).rejects.toThrow(/give the name/);
    const marked = await t.api['citecheck-mark']({
      nodeId: wrong.nodeId,
      index: 0,
      by: 'A. Partner',
      on: '2026-12-01',
    });
    expect([marked.state, marked.checkedBy, marked.checkedOn]).toEqual([
      'pinpoint-not-in-source',
      'A. Partner',
      '2026-12-01',
    ]);
    expect(await citeFindings()).not.toContain('pinpoint-not-in-source error charter');
    await t.api['nodes-update']({
      id: wrong.nodeId,
      body: markdownToBody('Domestic jurisdiction is reserved [@charter, art 2(6)].'),
    });
    expect(await citeFindings()).toContain('pinpoint-not-in-source error charter');
    await t.api['history-undo']({});
    expect(await citeFindings()).not.toContain('pinpoint-not-in-source error charter');
  });

  it('refuses bad input and changes nothing', async () => {
    await expect(t.api['sources-attach']({ key: 'nobody', fileName: 'a.txt', base64: 'YQ==' })).rejects.toThrow(
      'There is no authority "nobody" in this case.',
    );
    await expect(t.api['sources-attach']({ key: 'charter', fileName: '../a.txt', base64: 'YQ==' })).rejects.toThrow(
      /a file name, not a path/,
    );
    await expect(t.api['sources-attach']({ key: 'charter', fileName: 'a.txt', base64: 'not base64!' })).rejects.toThrow(
      /not base64/,
    );
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x81]).toString('base64');
    await expect(t.api['sources-attach']({ key: 'charter', fileName: 'a.bin', base64: binary })).rejects.toThrow(
      'a.bin: not a PDF, DOCX, HTML or UTF-8 text file.',
    );
    const broken = Buffer.from('%PDF-1.7 this is not a PDF').toString('base64');
    await expect(t.api['sources-attach']({ key: 'charter', fileName: 'a.pdf', base64: broken })).rejects.toThrow(
      /a\.pdf: the PDF cannot be read/,
    );
    expect(await t.api['sources-list']({})).toEqual([]);
  });

  it('keeps a source with the case: listed, read back, refused deletion of its authority, detached', async () => {
    await attachAll('text');
    expect((await t.api['sources-list']({})).map((source) => [source.key, source.fileName])).toEqual([
      ['pulpmills', 'source.txt'],
      ['res1718', 'source.txt'],
      ['charter', 'source.txt'],
    ]);
    expect((await t.api['sources-get']({ key: 'charter' })).text).toContain('Article 51');
    const charter = (await t.api['authorities-list']({})).find((authority) => authority.key === 'charter')!;
    await t.api['nodes-delete']({ id: (await t.api['outline-get']({}))[0]!.id });
    await expect(t.api['authorities-delete']({ id: charter.id })).rejects.toThrow(
      '"charter" has a source attached; detach it first.',
    );
    await t.api['sources-detach']({ key: 'charter' });
    expect((await t.api['sources-list']({})).map((source) => source.key)).toEqual(['pulpmills', 'res1718']);
  });
});
