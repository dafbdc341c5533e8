import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { serverFolder } from './collabSupport';

const BIN = resolve(import.meta.dirname, '../../bin/casewright');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Sends Hocuspocus's authentication message by hand and resolves with the server's answer (2: authenticated, 1: denied). */
function authenticate(url: string, ca: Buffer, document: string, token: string): Promise<number> {
  const text = (value: string) => {
    const bytes = Buffer.from(value);
    return [bytes.length, ...bytes];
  };
  return new Promise((resolvePromise, reject) => {
    const socket = new WebSocket(url, { ca });
    socket.on('open', () => socket.send(Uint8Array.from([...text(document), 2, 0, ...text(token)])));
    socket.on('message', (data: Buffer) => {
      const offset = 1 + data[0]!;
      if (data[offset] === 2) {
        resolvePromise(data[offset + 1]!);
        socket.terminate();
      }
    });
    socket.on('error', reject);
  });
}

describe('casewright serve', () => {
  it('adds a member (printing a token it keeps only hashed), shares a case, serves it over TLS, removes the member', async () => {
    const folder = serverFolder();
    const added = cli('serve', '--data', folder, '--add-member', 'Alice Moot');
    expect(added.code).toBe(0);
    const token = /cw1\.\d+\.[A-Za-z0-9_-]{43}/.exec(added.stdout)?.[0];
    expect(token).toBeDefined();
    expect(readFileSync(join(folder, 'members.sqlite')).includes(Buffer.from(token!.split('.')[2]!))).toBe(false);
    expect(cli('serve', '--data', folder, '--add-member', 'Alice Moot').stderr).toContain('already a member');
    expect(cli('serve', '--data', folder, '--share', 'moot', '--with', 'Nobody').stderr).toContain('not a member');
    expect(cli('serve', '--data', folder, '--share', '../x', '--with', 'Alice Moot').stderr).toContain(
      'not a case name',
    );
    expect(cli('serve', '--data', folder, '--share', 'moot', '--with', 'Alice Moot').code).toBe(0);
    expect(cli('serve', '--data', folder, '--cert', 'only.pem').stderr).toContain('both a certificate');

    const key = join(folder, 'key.pem');
    const cert = join(folder, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const server = spawn(process.execPath, [
      BIN,
      'serve',
      '--data',
      folder,
      '--port',
      '0',
      '--cert',
      cert,
      '--key',
      key,
    ]);
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const url = await new Promise<string>((done) => {
      server.stdout.on('data', () => {
        const match = /wss:\/\/127\.0\.0\.1:\d+/.exec(output);
        if (match) done(match[0]);
      });
    });
    const ca = readFileSync(cert);
    expect(await authenticate(url, ca, 'moot', token!)).toBe(2);
    expect(await authenticate(url, ca, 'other-case', token!)).toBe(1);
    expect(cli('serve', '--data', folder, '--remove-member', 'Alice Moot').code).toBe(0);
    expect(await authenticate(url, ca, 'moot', token!)).toBe(1);
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
    expect(output).toContain('Stopped.');
  });
});
