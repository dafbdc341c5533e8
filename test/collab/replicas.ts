import type { ApiClient } from '../../app/api/handlers';
import { type CollabServer, startCollabServer } from '../../app/collab/collabServer';
import { MemberStore } from '../../app/store/memberStore';
import { type TempService, tempService } from '../support/tempService';
import { serverFolder } from './collabSupport';

/** A team server with members, for replicas to share a case through. */
export interface TeamServer {
  folder: string;
  server: CollabServer;
  tokens: string[];
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a team server on loopback sharing `caseName` with `members` members. */
export async function startTeam(caseName: string, members: number, port = 0): Promise<TeamServer> {
  const folder = serverFolder();
  const store = new MemberStore(folder);
  const tokens = Array.from({ length: members }, (_, index) => {
    const token = store.addMember(`Member ${index + 1}`);
    store.share(caseName, `Member ${index + 1}`);
    return token;
  });
  store.close();
  const team: TeamServer = {
    folder,
    server: await startCollabServer({ folder, port }),
    tokens,
    async restart() {
      const { port: samePort } = team.server;
      await team.server.close();
      team.server = await startCollabServer({ folder, port: samePort });
    },
    close: () => team.server.close(),
  };
  return team;
}

/** A replica: a service with a case file of its own, as one member's app has. */
export interface Replica extends TempService {
  file: string;
}

export function newReplica(): Replica {
  const service = tempService();
  return { ...service, file: service.path('shared.casewright') };
}

/** What every replica must agree on: the outline (places, kinds, fields), the bodies and the case settings. */
export async function snapshot(api: ApiClient): Promise<string> {
  const rows = await api['outline-get']({});
  const nodes = [];
  for (const row of rows) {
    const node = await api['nodes-get']({ id: row.id });
    const {
      id: _id,
      parentId: _parent,
      childIds: _children,
      status: _status,
      ...rest
    } = node as unknown as Record<string, unknown>;
    nodes.push({ depth: row.depth, ...rest });
  }
  const { path: _path, ...info } = await api['case-get']({});
  const authorities = (await api['authorities-list']({})).map(({ id: _id, ...rest }) => rest);
  return JSON.stringify({ nodes, info, authorities });
}

/** Waits until the replica's server has every edit it made. */
export async function settled(api: ApiClient): Promise<void> {
  const start = Date.now();
  for (;;) {
    const status = await api['collab-status']({});
    if (status?.connected && status.synced) return;
    if (Date.now() - start > 30_000) throw new Error(`The replica did not settle: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until two replicas have sent all their edits and show the same case; fails naming both after 20 s. */
export async function converged(left: Replica, right: Replica): Promise<void> {
  await settled(left.api);
  await settled(right.api);
  const start = Date.now();
  for (;;) {
    const [one, other] = [await snapshot(left.api), await snapshot(right.api)];
    if (one === other) return;
    if (Date.now() - start > 20_000) throw new Error(`The replicas differ:\n${one}\n≠\n${other}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}
