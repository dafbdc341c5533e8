import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { type CaseConnection, openProvider } from '../app/collab/openProvider';
import { MemberStore } from '../app/store/memberStore';

/** The figures of the collaboration rows: medians in ms, the server's resident memory in MB. */
export interface CollabFigures {
  propagationMs: number;
  twentyClientsMs: number;
  twentyClientsServerMb: number;
}

interface Client {
  document: Y.Doc;
  connection: CaseConnection;
}

const CASE = 'bench';

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Starts `casewright serve` (the built CLI) as its own process, so that its memory is its own. */
async function startServer(cli: string, folder: string): Promise<{ process: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [cli, 'serve', '--data', folder, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ws:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) resolve(match[0]);
    });
    server.once('exit', (code) => reject(new Error(`casewright serve stopped (${code}).`)));
  });
  return { process: server, url };
}

function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kilobytes / 1024);
}

async function until(check: () => boolean): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 30_000) throw new Error('A collaboration bench step timed out.');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function connect(url: string, token: string): Promise<Client> {
  const document = new Y.Doc();
  const connection = openProvider({ url, name: CASE, token }, document);
  await new Promise<void>((resolve) => connection.provider.on('synced', () => resolve()));
  const fragment = document.getMap('nodes');
  if (!fragment.has('bench')) {
    const text = new Y.XmlText();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [text]);
    const body = new Y.XmlFragment();
    body.insert(0, [paragraph]);
    const node = new Y.Map<unknown>();
    node.set('body', body);
    fragment.set('bench', node);
  }
  await until(() => !connection.provider.hasUnsyncedChanges);
  return { document, connection };
}

function bodyText(client: Client): Y.XmlText {
  const body = (client.document.getMap('nodes').get('bench') as Y.Map<unknown>).get('body') as Y.XmlFragment;
  return (body.get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

/** One character typed by `writer` until every reader's document has it; returns the milliseconds. */
async function propagate(writer: Client, readers: Client[], character: string): Promise<number> {
  const target = bodyText(writer);
  const expected = target.length + 1;
  const start = performance.now();
  target.insert(target.length, character);
  await until(() => readers.every((reader) => bodyText(reader).length >= expected));
  return performance.now() - start;
}

/**
 * collab-propagation: client A types one character until client B's document has it (loopback, through a
 * `casewright serve` process); collab-20-clients: 20 clients on one case, each typing in turn, with the server's
 * resident memory and the median time until all others have the character.
 */
export async function measureCollab(cli: string, folder: string, rounds: number): Promise<CollabFigures> {
  const serverFolder = join(folder, 'team-server');
  const members = new MemberStore(serverFolder);
  const tokens = Array.from({ length: 20 }, (_, index) => {
    const token = members.addMember(`Member ${index + 1}`);
    members.share(CASE, `Member ${index + 1}`);
    return token;
  });
  members.close();
  const server = await startServer(cli, serverFolder);
  const clients: Client[] = [];
  try {
    clients.push(await connect(server.url, tokens[0]!));
    clients.push(await connect(server.url, tokens[1]!));
    await until(() => clients[1]!.document.getMap('nodes').has('bench'));
    const pair: number[] = [];
    for (let round = 0; round < rounds; round++) pair.push(await propagate(clients[0]!, [clients[1]!], 'a'));
    for (let index = 2; index < 20; index++) clients.push(await connect(server.url, tokens[index]!));
    await until(() => clients.every((client) => client.document.getMap('nodes').has('bench')));
    const crowd: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const writer = clients[round % clients.length]!;
      crowd.push(
        await propagate(
          writer,
          clients.filter((client) => client !== writer),
          'b',
        ),
      );
    }
    return {
      propagationMs: median(pair),
      twentyClientsMs: median(crowd),
      twentyClientsServerMb: residentMegabytes(server.process.pid!),
    };
  } finally {
    for (const client of clients) client.connection.close();
    server.process.kill('SIGTERM');
    await new Promise((resolve) => server.process.once('exit', resolve));
  }
}
