import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../app/engine/engineClient';
import { bundledSources } from './support/bundleSources';
import { unzipText } from './support/documentReaders';

const ROOT = resolve(import.meta.dirname, '..');

const LIBRARY = /node_modules\/(docx|citeproc|@citation-js\/[^/]+|mammoth|jszip|pdfjs-dist|pagedjs)\//;
const librariesIn = (sources: string[]) => new Set(sources.map((source) => LIBRARY.exec(source)?.[1]).filter(Boolean));

describe('what the engine loads before it answers', () => {
  it('starts the browser mode’s engine and server without the export, import and PDF libraries, which load when first used', () => {
    const engine = bundledSources('out/web-chunks/metafile.json', 'out/engine.js');
    expect(engine.some((source) => source.endsWith('app/api/service.ts'))).toBe(true);
    expect(librariesIn(engine)).toEqual(new Set());
    expect(librariesIn(bundledSources('out/web-chunks/metafile.json', 'out/web.js'))).toEqual(new Set());
  });

  it('starts the desktop app’s engine (its utility process) without them too', () => {
    const engine = bundledSources('out/main-metafile.json', 'out/main/engine.js');
    expect(engine.some((source) => source.endsWith('app/api/service.ts'))).toBe(true);
    expect(librariesIn(engine)).toEqual(new Set());
  });

  it('runs the desktop engine as built: its first call answered, and a Word export loading its library then', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'casewright-desktop-engine-'));
    const engine = EngineClient.start(join(ROOT, 'out/main/engine.js'), {
      CASEWRIGHT_HOME: join(folder, 'home'),
      CASEWRIGHT_TEMPLATES: join(ROOT, 'templates'),
    });
    try {
      expect(await engine.call('templates-list', {})).toMatchObject({ templates: expect.any(Array) });
      await engine.call('case-create', { path: join(folder, 'case.casewright'), templateId: 'legal-memo' });
      await engine.call('case-update', { title: 'Built for the desktop' });
      const exported = (await engine.call('export-document', { format: 'docx', layout: 'memo' })) as { base64: string };
      const docx = join(folder, 'memo.docx');
      writeFileSync(docx, Buffer.from(exported.base64, 'base64'));
      expect(unzipText(docx, 'word/document.xml')).toContain('Built for the desktop');
    } finally {
      await engine.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
