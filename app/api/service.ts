import { onPresence, watchSharedStatus } from '../collab/sharedCases';
import { invalidInput } from '../model/errors';
import { type CaseSession, callOrigin } from '../session/caseSession';
import type { ApiContext } from './apiContext';
import type { StreamMessage } from './changeEvent';
import type { ApiClient } from './handlers';
import { isMethodName, loadHandler } from './lazyHandlers';
import { API_METHOD_NAMES } from './methodList';
import { parseInput } from './parseInput';

export interface ServiceOptions {
  dataFolder: string;
  templatesFolder: string;
}

/** The service API over one context: `call` validates a method's input with its schema, then runs it. */
export class CaseService {
  readonly context: ApiContext;
  private readonly listeners = new Set<(message: StreamMessage) => void>();
  private watched: CaseSession | undefined;
  private stopWatching: (() => void) | undefined;
  private revisionCount = 0;
  /** The handlers of the calls so far, loaded one after the other: calls run in the order they came in. */
  private loading: Promise<unknown> = Promise.resolve();

  constructor(options: ServiceOptions) {
    this.context = {
      session: undefined,
      ...options,
      onProgress: (progress) => this.send({ type: 'progress', progress }),
    };
  }

  /** Calls a method by name with an input that has not been checked yet; `origin` names the calling client. */
  async call(name: string, input: unknown, origin?: string): Promise<unknown> {
    if (!isMethodName(name)) throw invalidInput(`There is no method "${name}".`);
    const loaded = this.loading.then(() => loadHandler(name));
    this.loading = loaded.catch(() => undefined);
    const handler = await loaded;
    const parsed = parseInput(name, handler.input(), input);
    const run = () => (handler.run as (context: ApiContext, input: unknown) => unknown)(this.context, parsed);
    try {
      return await callOrigin.run(origin ?? null, run);
    } finally {
      this.followSession();
    }
  }

  /**
   * Tells `listener` of every change of the open case (whatever made it) and of export progress; when another
   * case is opened in its place, a change with the cause `replaced`. Returns the function that stops it.
   */
  subscribe(listener: (message: StreamMessage) => void): () => void {
    this.listeners.add(listener);
    this.followSession(false);
    return () => this.listeners.delete(listener);
  }

  /** The revision of the open case: the number of its last change event (0 when no case is open). */
  revision(): number {
    return this.revisionCount;
  }

  /** Looks whether another process changed the open case; the engine calls it on a timer (`PRAGMA data_version` is cheap). */
  checkExternal(): void {
    this.followSession();
    this.context.session?.checkExternal();
  }

  /** A typed client that calls this service directly (the CLI, tests). */
  client(): ApiClient {
    const client: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const name of API_METHOD_NAMES) client[name] = (input) => this.call(name, input);
    return client as ApiClient;
  }

  close(): void {
    this.context.session?.close();
    this.context.session = undefined;
    this.followSession();
  }

  private send(message: StreamMessage): void {
    for (const listener of this.listeners) listener(message);
  }

  private followSession(announce = true): void {
    const session = this.context.session;
    if (session === this.watched || this.listeners.size === 0) return;
    this.stopWatching?.();
    const stopChanges = session?.onChange((change) =>
      this.send({ type: 'change', change: { ...change, revision: ++this.revisionCount } }),
    );
    const stopPresence =
      session && onPresence(session, (collaborators) => this.send({ type: 'presence', collaborators }));
    const stopShared = session && watchSharedStatus(session, (status) => this.send({ type: 'collab', status }));
    this.stopWatching = () => {
      stopChanges?.();
      stopPresence?.();
      stopShared?.();
    };
    const replaced = this.watched !== undefined || (session !== undefined && announce);
    this.watched = session;
    if (!replaced) return;
    this.send({
      type: 'change',
      change: {
        revision: ++this.revisionCount,
        cause: 'replaced',
        origin: callOrigin.getStore() ?? null,
        nodes: { added: [], changed: [], moved: [], removed: [] },
        bodies: [],
        findings: {},
        authorityFindings: null,
        caseInfo: session ? { path: session.path, ...session.caseInfo() } : null,
        authorities: true,
        undo: session?.undoState() ?? { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
      },
    });
  }
}
