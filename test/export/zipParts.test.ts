import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipParts } from '../../app/export/zipParts';

const folder = mkdtempSync(join(tmpdir(), 'casewright-zip-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('zipping a package’s parts', () => {
  it('writes a zip that unzip reads back whole: text, bytes, an empty part, in the order given, with its date', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 7919) % 256);
    const xml = `<?xml version="1.0"?><w:document>${'<w:p><w:t>Ré­sumé ✓</w:t></w:p>'.repeat(5000)}</w:document>`;
    const path = join(folder, 'package.docx');
    writeFileSync(
      path,
      zipParts(
        [
          ['[Content_Types].xml', '<Types/>'],
          ['word/document.xml', xml],
          ['word/media/an image.bin', bytes],
          ['empty.txt', ''],
        ],
        new Date(2026, 11, 2, 10, 30, 44),
      ),
    );
    expect(execFileSync('unzip', ['-tq', path], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const listing = execFileSync('unzip', ['-Z', '-T', path], { encoding: 'utf8' });
    expect(listing).toContain('20261202.103044');
    expect(execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).split('\n').filter(Boolean)).toEqual([
      '[Content_Types].xml',
      'word/document.xml',
      'word/media/an image.bin',
      'empty.txt',
    ]);
    expect(execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' })).toBe(xml);
    const readBack = execFileSync('unzip', ['-p', path, 'word/media/an image.bin']);
    expect(Buffer.compare(readBack, Buffer.from(bytes))).toBe(0);
  });
});
