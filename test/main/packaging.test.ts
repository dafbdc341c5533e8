import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

describe('electron-builder.yml', () => {
  const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  test('is valid against electron-builder’s own schema', () => {
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...config, fileAssociation: config.fileAssociations })).toBe(false);
  });

  test('names the app, its file type and its targets', () => {
    expect(config).toMatchObject({
      appId: 'org.casewright.app',
      productName: 'Casewright',
      directories: { output: 'release' },
      fileAssociations: [
        { ext: 'casewright', name: 'Casewright case', role: 'Editor', mimeType: 'application/x-casewright' },
      ],
      linux: { target: ['AppImage', 'deb'] },
      mac: { target: 'dmg' },
      win: { target: 'nsis' },
      electronFuses: { runAsNode: false, onlyLoadAppFromAsar: true },
    });
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).main).toBe('out/main/main.js');
  });
});

describe('the packed app (electron-builder --dir with a stand-in Electron binary)', () => {
  const work = mkdtempSync(join(tmpdir(), 'casewright-pack-'));
  const resources = join(work, 'release', 'linux-unpacked', 'resources');
  const asar = join(resources, 'app.asar');
  let files: string[];

  beforeAll(() => {
    // electron-builder copies an unpacked Electron and flips its fuses: a script with the fuse wire will do.
    const dist = join(work, 'electron-dist');
    execFileSync('mkdir', ['-p', dist]);
    writeFileSync(
      join(dist, 'electron'),
      Buffer.concat([Buffer.from(`#!/bin/sh\nexit 0\n# ${SENTINEL}`), Buffer.from([1, 8]), Buffer.from('11111111\n')]),
    );
    chmodSync(join(dist, 'electron'), 0o755);
    writeFileSync(join(dist, 'version'), '45.5.0');
    writeFileSync(join(dist, 'LICENSE'), 'MIT');
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/electron-builder/cli.js'),
        '--dir',
        '--linux',
        '--config',
        'electron-builder.yml',
        `-c.electronDist=${dist}`,
        '-c.npmRebuild=false',
        '-c.electronVersion=45.5.0',
        `-c.directories.output=${join(work, 'release')}`,
      ],
      { cwd: root, stdio: 'pipe', env: { ...process.env, CI: 'true' } },
    );
    files = listPackage(asar, { isPack: false });
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('the asar holds the built main, preload and renderer, and the package.json pointing at them', () => {
    for (const file of [
      '/package.json',
      '/out/main/main.js',
      '/out/main/engine.js',
      '/out/preload/preload.cjs',
      '/out/renderer/index.html',
    ]) {
      expect(files).toContain(file);
    }
    expect(files.some((file) => /^\/out\/renderer\/assets\/.+\.js$/.test(file))).toBe(true);
    expect(JSON.parse(extractFile(asar, 'package.json').toString()).main).toBe('out/main/main.js');
    expect(extractFile(asar, 'out/main/main.js').equals(readFileSync(join(root, 'out/main/main.js')))).toBe(true);
  });

  test('the asar holds every chunk the main process and the engine load, at start or later', () => {
    const { outputs } = JSON.parse(readFileSync(join(root, 'out/main-metafile.json'), 'utf8')) as {
      outputs: Record<string, unknown>;
    };
    const chunks = Object.keys(outputs).filter((path) => path.startsWith('out/main/chunks/') && path.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.filter((chunk) => !files.includes(`/${chunk}`))).toEqual([]);
  });

  test('none of the sources, source maps or build tools are in it', () => {
    const offending = files.filter(
      (file) =>
        /\.(ts|tsx|map)$/.test(file) ||
        /^\/(app|main|renderer|test|bench|scripts|templates)\//.test(file) ||
        /\/node_modules\/(playwright-core|zod|electron|prebuild-install|typescript|vite)\//.test(file),
    );
    expect(offending).toEqual([]);
  });

  test('better-sqlite3 ships its .node unpacked and none of its C sources', () => {
    expect(existsSync(join(`${asar}.unpacked`, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(
      true,
    );
    expect(files).toContain('/node_modules/better-sqlite3/lib/index.js');
    expect(files).toContain('/node_modules/bindings/bindings.js');
    const sources = files.filter((file) =>
      /better-sqlite3\/(src|deps|docs|test)\/|\.(c|cc|cpp|h|hpp|gyp|gypi|a)$/.test(file),
    );
    expect(sources).toEqual([]);
    expect(files).not.toContain('/node_modules/better-sqlite3/build/Release/test_extension.node');
  });

  test('the templates are resources beside the asar', () => {
    expect(existsSync(join(resources, 'templates', 'russia-dprk-pact-2024.json'))).toBe(true);
  });

  test('the fuses are flipped: no running as Node, no NODE_OPTIONS or --inspect, the app only from the asar', () => {
    const binary = readFileSync(join(work, 'release', 'linux-unpacked', 'casewright'));
    const wire = binary
      .subarray(binary.indexOf(SENTINEL) + SENTINEL.length + 2)
      .subarray(0, 8)
      .toString();
    // runAsNode, cookieEncryption, nodeOptions, nodeCliInspect, asarIntegrity, onlyFromAsar, v8 snapshot, file://
    expect(wire).toBe('01001110');
  });
});
