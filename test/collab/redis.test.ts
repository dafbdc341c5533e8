import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { type CollabServer, startCollabServer } from '../../app/collab/collabServer';
import { MemberStore } from '../../app/store/memberStore';
import { connectClient, serverFolder, waitFor } from './collabSupport';

const REDIS = '/usr/bin/redis-server';
const available = existsSync(REDIS) && spawnSync(REDIS, ['--version']).status === 0;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

let redis: ChildProcess | undefined;
const servers: CollabServer[] = [];

afterAll(async () => {
  for (const server of servers) await server.close();
  redis?.kill('SIGTERM');
});

describe.skipIf(!available)(
  'two team servers behind a load balancer, sharing through Redis (Debian redis-server)',
  () => {
    it('carry an edit made through one server to a client of the other', async () => {
      const redisPort = await freePort();
      redis = spawn(REDIS, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
      await new Promise<void>((resolve) => {
        redis!.stdout!.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('Ready to accept connections')) resolve();
        });
      });
      // Both servers read one members database, as servers behind a balancer share one data folder.
      const folder = serverFolder();
      const members = new MemberStore(folder);
      const alice = members.addMember('Alice');
      const bob = members.addMember('Bob');
      members.share('memo', 'Alice');
      members.share('memo', 'Bob');
      members.close();
      for (let index = 0; index < 2; index++) {
        servers.push(await startCollabServer({ folder, port: 0, redis: { host: '127.0.0.1', port: redisPort } }));
      }
      const left = connectClient({ url: servers[0]!.url, name: 'memo', token: alice });
      const right = connectClient({ url: servers[1]!.url, name: 'memo', token: bob });
      await waitFor(() => left.synced() && right.synced(), 'both clients to sync');
      left.document.getMap('case').set('title', 'Through server one');
      await waitFor(
        () => right.document.getMap('case').get('title') === 'Through server one',
        'the edit on server two',
      );
      right.document.getMap('case').set('forum', 'Through server two');
      await waitFor(() => left.document.getMap('case').get('forum') === 'Through server two', 'the edit on server one');
      expect(right.document.getMap('case').toJSON()).toEqual(left.document.getMap('case').toJSON());
      left.connection.close();
      right.connection.close();
    });
  },
);
