import * as Y from 'yjs';
import type { ChangeEvent } from '../api/changeEvent';
import type { CaseSession } from '../session/caseSession';
import {
  addCollabNotice,
  appendCollabUpdate,
  type CollabLink,
  compactCollabUpdates,
  listCollabNotices,
  loadCollabUids,
  loadCollabUpdates,
  noticedUids,
} from '../store/collabStore';
import { AUTHORITIES, CASE, MEMBERS, nodesOf } from './caseDoc';
import { lostWrites } from './lostWrites';
import { materialise, type Touched, type UidMap } from './materialise';
import { type CaseConnection, openProvider } from './openProvider';
import { overwrittenMessage } from './overwrittenMessage';
import type { Collaborator, PresencePlace } from './presence';
import { collaboratorOf, type LocalPresenceState } from './presenceState';
import { LOCAL_ORIGIN, type LocalChange, localChangeOf, pushLocal } from './pushLocal';
import type { SharedCaseStatus } from './sharedCaseStatus';
import { announcePresence, announceSharedStatus, registerSharedCase, sharedCaseOf } from './sharedCases';

/** Updates read back from the file carry this origin: they are not written again. */
const FILE_ORIGIN = 'casewright-file';
/** How many updates the file keeps before they are merged into one. */
const COMPACT_AFTER = 500;
const PUSHED_CAUSES = new Set<ChangeEvent['cause']>(['edit', 'undo', 'redo', 'external']);

/**
 * A case shared through a team server. Its Yjs document is the source of truth: the case file materialises it
 * (remote edits reach the views through the change stream) and keeps its updates, so that the case opens and edits
 * offline; this replica's edits, made through the service API as always, are carried into the document.
 */
export class SharedCase {
  readonly document = new Y.Doc();
  private readonly uids: UidMap;
  private connection: CaseConnection | undefined;
  private touched: Touched = { all: false, nodes: new Set(), caseInfo: false, authorities: false };
  private kept = 0;
  private closed = false;
  /** This replica's member's name, as the server told it. */
  private member: string | undefined;
  private place: PresencePlace = { nodeId: null, field: null, anchor: null, head: null };
  /** The collaborators the views were told of last (none yet: the first announcement tells them the case is shared). */
  private announcedPresence: string | undefined;
  private online: boolean;
  /** Edits made here since the server last had them all. */
  private unsent = 0;
  private refused: string | null = null;
  private announced = '';

  private constructor(
    private readonly session: CaseSession,
    readonly link: CollabLink,
    private token: string | undefined,
  ) {
    this.online = token !== undefined;
    const uidOf = loadCollabUids(session.database);
    this.uids = {
      uidOf,
      idOf: new Map([...uidOf].map(([id, uid]) => [uid, id])),
      noticed: noticedUids(session.database),
    };
    const updates = loadCollabUpdates(session.database);
    this.kept = updates.length;
    for (const update of updates) Y.applyUpdate(this.document, update, FILE_ORIGIN);
    this.document.on('update', (update: Uint8Array, origin: unknown) => this.keep(update, origin));
    this.observe();
    session.onChange((event) => {
      if (PUSHED_CAUSES.has(event.cause)) this.push(localChangeOf(event));
    });
    session.onClose(() => this.close());
    registerSharedCase(session, this);
  }

  /**
   * Binds a session to its shared document (from the file's updates, plus `initial` when sharing it now) and connects
   * with the member's token (without one, it stays offline until one is given).
   */
  static attach(session: CaseSession, link: CollabLink, token: string | undefined, initial?: LocalChange): SharedCase {
    const existing = sharedCaseOf(session);
    if (existing instanceof SharedCase) return existing;
    const shared = new SharedCase(session, link, token);
    if (initial) shared.push(initial);
    else shared.materialiseNow({ all: true, nodes: new Set(), caseInfo: true, authorities: true });
    if (shared.online) shared.connect();
    return shared;
  }

  status(): SharedCaseStatus {
    const provider = this.connection?.provider;
    const connected = provider?.isAuthenticated === true;
    return {
      url: this.link.url,
      name: this.link.name,
      online: this.online,
      connected,
      synced: connected && provider?.isSynced === true && !provider.hasUnsyncedChanges,
      unsent: this.unsent,
      tokenNeeded: this.token === undefined,
      refused: this.refused,
      notices: listCollabNotices(this.session.database).map(({ uid, lost, ...notice }) => ({
        ...notice,
        nodeId: this.uids.idOf.get(uid) ?? null,
        lost: lost === null ? null : JSON.parse(lost),
      })),
    };
  }

  /** Goes offline (edits go on, kept in the file) or back online, with a new member's token when one is given. */
  setOnline(online: boolean, token?: string): void {
    if (token !== undefined && token !== this.token) {
      this.token = token;
      this.refused = null;
      this.disconnect();
    }
    this.online = online && this.token !== undefined;
    if (!this.online) this.disconnect();
    else if (!this.connection) this.connect();
    this.announce();
  }

  /** Tells the collaborators where this replica's user is; returns where they are. */
  setPresence(place: PresencePlace): Collaborator[] {
    this.place = place;
    this.publishPresence();
    return this.collaborators();
  }

  /** The other people connected to the case now, and where each is. */
  collaborators(): Collaborator[] {
    const provider = this.connection?.provider;
    const awareness = provider?.awareness;
    if (!awareness || !provider?.isAuthenticated) return [];
    const found: Collaborator[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === this.document.clientID) continue;
      const collaborator = collaboratorOf(clientId, state, (uid) => this.uids.idOf.get(uid));
      if (collaborator) found.push(collaborator);
    }
    return found.sort((left, right) => left.clientId - right.clientId);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.disconnect();
    registerSharedCase(this.session, undefined);
    this.document.destroy();
  }

  private connect(): void {
    if (this.closed || this.token === undefined) return;
    const connection = openProvider({ ...this.link, token: this.token }, this.document, {
      onAuthenticationFailed: (reason) => {
        this.refused = reason || 'not allowed';
        if (this.connection === connection) this.disconnect();
        this.announce();
      },
      onStateless: (payload) => this.learnMember(payload),
    });
    const { provider } = connection;
    provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0 && provider.isSynced) this.unsent = 0;
      this.announce();
    });
    for (const event of ['status', 'synced', 'authenticated'] as const) provider.on(event, () => this.announce());
    provider.awareness?.on('change', () => this.announcePresence());
    provider.on('authenticated', () => this.announcePresence());
    this.connection = connection;
  }

  private disconnect(): void {
    this.connection?.close();
    this.connection = undefined;
    this.announcePresence();
  }

  /** The server names the member this replica connects as. */
  private learnMember(payload: string): void {
    try {
      const { member } = JSON.parse(payload) as { member?: unknown };
      if (typeof member !== 'string' || member === '') return;
      this.member = member;
      const members = this.document.getMap<string>(MEMBERS);
      const client = String(this.document.clientID);
      if (members.get(client) !== member) this.document.transact(() => members.set(client, member), LOCAL_ORIGIN);
      this.publishPresence();
    } catch {
      // Not a message of ours.
    }
  }

  private publishPresence(): void {
    const awareness = this.connection?.provider.awareness;
    if (!awareness || this.member === undefined) return;
    const { nodeId, field, anchor, head } = this.place;
    const node = nodeId === null ? null : (this.uids.uidOf.get(nodeId) ?? null);
    const state: LocalPresenceState = {
      user: { name: this.member },
      place: { node, field: node === null ? null : field, anchor, head },
    };
    awareness.setLocalState(state);
  }

  /** Tells the views where the collaborators are, when that changed. */
  private announcePresence(): void {
    const collaborators = this.closed ? [] : this.collaborators();
    const json = JSON.stringify(collaborators);
    if (json === this.announcedPresence) return;
    this.announcedPresence = json;
    announcePresence(this.session, collaborators);
  }

  /** Tells the session's watchers how the case stands, when that changed. */
  private announce(): void {
    if (this.closed || !this.session.database.open) return;
    const status = this.status();
    const text = JSON.stringify(status);
    if (text === this.announced) return;
    this.announced = text;
    announceSharedStatus(this.session, status);
  }

  private push(change: LocalChange): void {
    if (this.closed) return;
    pushLocal(this.session, this.document, this.uids, change);
  }

  private keep(update: Uint8Array, origin: unknown): void {
    if (origin === FILE_ORIGIN || this.closed || !this.session.database.open) return;
    appendCollabUpdate(this.session.database, update);
    if (++this.kept > COMPACT_AFTER) {
      compactCollabUpdates(this.session.database, Y.encodeStateAsUpdate(this.document));
      this.kept = 1;
    }
    if (origin === LOCAL_ORIGIN) {
      this.unsent++;
      this.announce();
    }
  }

  private observe(): void {
    const nodes = nodesOf(this.document);
    nodes.observeDeep((events, transaction) => {
      if (transaction.origin === LOCAL_ORIGIN || transaction.origin === FILE_ORIGIN) return;
      for (const event of events) {
        if (event.target === nodes)
          for (const key of (event as Y.YMapEvent<unknown>).keysChanged) this.touched.nodes.add(key);
        else if (typeof event.path[0] === 'string') {
          this.touched.nodes.add(event.path[0]);
          if (event.path.length === 1 && event.target instanceof Y.Map) {
            this.noticeLostWrites(event.path[0], event as Y.YMapEvent<unknown>, transaction);
          }
        }
      }
    });
    this.document.getMap(CASE).observe((_event, transaction) => {
      if (transaction.origin !== LOCAL_ORIGIN) this.touched.caseInfo = true;
    });
    this.document.getMap(AUTHORITIES).observe((_event, transaction) => {
      if (transaction.origin !== LOCAL_ORIGIN) this.touched.authorities = true;
    });
    this.document.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === LOCAL_ORIGIN || transaction.origin === FILE_ORIGIN) return;
      const touched = this.touched;
      if (touched.nodes.size === 0 && !touched.caseInfo && !touched.authorities) return;
      this.touched = { all: false, nodes: new Set(), caseInfo: false, authorities: false };
      this.materialiseNow(touched);
    });
  }

  /** Records the fields of a node this user wrote that a collaborator's concurrent write replaced. */
  private noticeLostWrites(uid: string, event: Y.YMapEvent<unknown>, transaction: Y.Transaction): void {
    if (!this.session.database.open) return;
    for (const write of lostWrites(event, transaction)) {
      const by = this.document.getMap<string>(MEMBERS).get(String(write.byClient)) ?? 'A collaborator';
      const title = event.target.get('title');
      addCollabNotice(this.session.database, {
        kind: 'overwritten',
        uid,
        field: write.field,
        lost: write.lost,
        message: overwrittenMessage(write, by, typeof title === 'string' && title !== '' ? title : 'a node'),
      });
    }
  }

  private materialiseNow(touched: Touched): void {
    if (this.closed || !this.session.database.open) return;
    materialise(this.session, this.document, this.uids, touched);
    this.announcePresence();
    this.announce();
  }
}
