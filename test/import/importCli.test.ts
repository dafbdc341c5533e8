import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { cliFolder } from '../support/cliFolder';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

const { path, cli } = cliFolder('casewright-import-cli-');

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface ShownNode {
  kind: string;
  title: string;
  children?: ShownNode[];
}

const shape = (nodes: ShownNode[] | undefined): unknown[] =>
  (nodes ?? []).map((node) => [node.kind, node.title, shape(node.children)]);

describe('casewright import and export of Argdown, AIF, sources and outlines', () => {
  it('imports Argdown with its warnings, exports Argdown and AIF, and reads them back', () => {
    expect(cli('new', 'case.casewright').code).toBe(0);
    const imported = cli(
      'import',
      'case.casewright',
      '--format',
      'argdown',
      join(FIXTURES, 'argdown/russia-dprk.argdown'),
    );
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe('Imported 13 nodes.\n');
    expect(imported.stderr).toContain('casewright: Argdown: line 32: "Imagery" also supports "Attributable"');

    expect(cli('export', 'case.casewright', '--format', 'argdown', '--out', 'case.argdown').code).toBe(0);
    expect(readFileSync(path('case.argdown'), 'utf8')).toContain('[Breach]: Russia breached resolution 1718');
    const aif = cli('export', 'case.casewright', '--format', 'aif');
    expect(JSON.parse(aif.stdout).nodes.filter((node: { type: string }) => node.type === 'I')).toHaveLength(13);

    expect(cli('new', 'copy.casewright').code).toBe(0);
    expect(cli('import', 'copy.casewright', '--format', 'argdown', 'case.argdown')).toMatchObject({
      code: 0,
      stderr: '',
    });
    const original = JSON.parse(cli('show', 'case.casewright', '--json').stdout);
    const copy = JSON.parse(cli('show', 'copy.casewright', '--json').stdout);
    expect(shape(copy.nodes)).toEqual(shape(original.nodes));
  });

  it('imports sources from BibTeX and RIS, then says which were already there', () => {
    cli('new', 'case.casewright');
    const bibtex = cli(
      'import',
      'case.casewright',
      '--format',
      'bibtex',
      join(FIXTURES, 'sources/zotero-better-biblatex.bib'),
    );
    expect(bibtex).toMatchObject({ code: 0, stdout: 'Imported 6 sources: 6 new, 0 already in the case.\n' });
    const ris = cli('import', 'case.casewright', '--format', 'ris', join(FIXTURES, 'sources/zotero.ris'));
    expect(ris).toMatchObject({ code: 0, stdout: 'Imported 4 sources: 2 new, 2 already in the case.\n' });
  });

  it('imports the readable records of a library and lists the skipped ones with their number, line and reason', () => {
    cli('new', 'case.casewright');
    writeFileSync(
      path('library.ris'),
      'TY  - BOOK\nTI  - State Responsibility\nAU  - Crawford, James\nPY  - 2013\nER  - \n\nTY  - JOUR\nPY  - 2000\nER  - \n',
    );
    const result = cli('import', 'case.casewright', '--format', 'ris', 'library.ris');
    expect(result).toMatchObject({
      code: 0,
      stdout: 'Imported 1 source: 1 new, 0 already in the case; 1 record skipped.\n',
      stderr:
        'casewright: skipped record 2 (line 7): the item has no title, number, author, container, URL or DOI to cite it by\n',
    });
  });

  it('imports a DOCX and a Markdown outline', async () => {
    cli('new', 'case.casewright');
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Whether the Court has jurisdiction', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Article 36(2) of the Statute.'),
            new Paragraph({ text: 'Both States made declarations', heading: HeadingLevel.HEADING_2 }),
          ],
        },
      ],
    });
    writeFileSync(path('outline.docx'), await Packer.toBuffer(document));
    writeFileSync(path('outline.md'), '# Whether Russia breached resolution 1718\n\n## Arms were supplied\n');
    expect(cli('import', 'case.casewright', '--format', 'docx', 'outline.docx').stdout).toBe('Imported 2 nodes.\n');
    expect(cli('import', 'case.casewright', '--format', 'md', 'outline.md').stdout).toBe('Imported 2 nodes.\n');
    const shown = cli('show', 'case.casewright').stdout;
    expect(shown).toMatch(/issue: Whether the Court has jurisdiction[\s\S]*claim: Both States made declarations/);
    expect(shown).toMatch(/issue: Whether Russia breached resolution 1718[\s\S]*claim: Arms were supplied/);
  });

  it('refuses a malformed file with the line of the problem and leaves the case file as it was', () => {
    cli('new', 'case.casewright');
    writeFileSync(path('bad.argdown'), '[Claim]: fine\n  + [Unclosed: text\n');
    const before = digest(path('case.casewright'));
    const result = cli('import', 'case.casewright', '--format', 'argdown', 'bad.argdown');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'casewright: Argdown: line 2: the statement title "Unclosed: text" is not closed with "]"\n',
    );
    expect(digest(path('case.casewright'))).toBe(before);
  });

  it('names the formats it knows when given another', () => {
    cli('new', 'case.casewright');
    const result = cli('import', 'case.casewright', '--format', 'endnote', 'x.xml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('this version imports: json, argdown, aif, csl, bibtex, ris, md, docx.');
  });
});
