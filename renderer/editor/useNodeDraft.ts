import { type Dispatch, type SetStateAction, useCallback, useEffect, useRef, useState } from 'react';
import type { ChangedNode, ChangeEvent } from '../../app/api/changeEvent';
import type { MethodOutput } from '../../app/api/handlers';
import type { BodyDocument } from '../../app/body/types';
import type { CaseStore } from '../state/caseStore';

type NodeView = MethodOutput<'nodes-get'>;
type Patch = Parameters<CaseStore['api']['nodes-update']>[0];

const SAVE_DELAY_MS = 250;

/** The selected node as the editor holds it: the stored node, the title being typed, and saving as you type. */
export interface NodeDraft {
  node: NodeView | undefined;
  title: string;
  setTitle: (title: string) => void;
  /** The body as last typed or loaded. */
  body: () => BodyDocument | undefined;
  /** Queues a change of the title or body: the first after a pause is saved at once, the rest after a pause in typing. */
  schedule: (patch: Omit<Patch, 'id'>) => void;
  /** Saves what is queued now. */
  flush: () => Promise<void>;
  /**
   * Whether the loaded body may still replace what the body editor shows: nothing was typed, queued or saved
   * since it was asked for. Checked when the editor is about to show it, since a keystroke may come in between.
   */
  bodyIsCurrent: (body: BodyDocument) => boolean;
  /** Shows a body that the editor did not type (the overflow of a title): it is queued, and the body editor shows it. */
  showBody: (body: BodyDocument) => void;
  /**
   * For a stored body loaded while the user was typing: the body the editor's text was typed from, to merge the
   * two (`mergeBodies`); undefined when they cannot be merged yet (a save has gone since the load was asked for).
   */
  mergeBase: (body: BodyDocument) => BodyDocument | undefined;
  /** Tells that the editor now shows `merged`, its text merged with the stored `body`. */
  merged: (body: BodyDocument, merged: BodyDocument) => void;
  /** Tells that the editor now shows `body`, as it was loaded: the typing that follows starts from it. */
  shown: (body: BodyDocument) => void;
  setNode: Dispatch<SetStateAction<NodeView | undefined>>;
}

/**
 * Loads the selected node again after every change of the case (undo, redo, another window, the CLI), and shows
 * its stored title and body unless the user has typed since the load was asked for: then the text on screen is
 * newer than the load, and the save that follows brings a fresh one.
 */
export function useNodeDraft(store: CaseStore, id: number | undefined, revision: number): NodeDraft {
  const [node, setNode] = useState<NodeView | undefined>();
  const [title, setTitle] = useState('');
  const pending = useRef<{ id: number; patch: Patch; timer: number } | undefined>(undefined);
  const saving = useRef(0);
  /** When the last change was queued (performance.now()), to tell the first change after a pause. */
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  /** Bumped by every local edit and every save, so that a load asked for before either is known to be stale. */
  const edits = useRef(0);
  const latestBody = useRef<BodyDocument | undefined>(undefined);
  const shownId = useRef<number | undefined>(undefined);
  const loadedAtEdits = useRef(0);
  const shownBody = useRef<BodyDocument | undefined>(undefined);
  /** The node and case revision of the load whose answer may still be shown. */
  const latestRequest = useRef<{ id: number; revision: number } | undefined>(undefined);
  /** The stored body the editor's text was typed from, sent with each save so that the engine merges the two. */
  const base = useRef<{ id: number; body: BodyDocument } | undefined>(undefined);
  const saves = useRef(0);
  /**
   * A stored body loaded that the editor does not show yet, and the count of saves it has (-1: unknown, one was under
   * way): the editor shows it unless the user typed meanwhile, and then merges it into the typing or, when it cannot
   * yet, has it loaded again once the typing is saved. Until the editor shows it, `base` stays the body the editor's
   * text was typed from: taken as the base of the next save, a body the editor never showed would undo what it brought.
   */
  const unshownLoad = useRef<{ body: BodyDocument; saves: number } | undefined>(undefined);
  const [reloads, setReloads] = useState(0);

  const flush = useCallback(async () => {
    const job = pending.current;
    if (!job) return;
    pending.current = undefined;
    window.clearTimeout(job.timer);
    // A load asked for before this save may be answered after it, with the text before it: counting the save as
    // an edit makes such a load stale.
    edits.current++;
    saving.current++;
    saves.current++;
    const from = job.patch.body && base.current?.id === job.id ? base.current.body : undefined;
    if (job.patch.body) base.current = { id: job.id, body: job.patch.body as BodyDocument };
    try {
      await store.api['nodes-update']({ ...job.patch, ...(from && { baseBody: from }), id: job.id });
    } catch (error) {
      store.say((error as Error).message, 'error');
    } finally {
      saving.current--;
    }
    // A body loaded that the editor could neither show nor merge (typing came first): once the typing is saved, the
    // stored body has it all.
    if (unshownLoad.current && !pending.current && saving.current === 0) {
      unshownLoad.current = undefined;
      setReloads((count) => count + 1);
    }
    if (job.patch.title !== undefined || job.patch.body !== undefined) await store.afterChange();
    if (job.patch.title !== undefined) store.settleTitle(job.id, job.patch.title);
  }, [store]);

  const schedule = (patch: Omit<Patch, 'id'>) => {
    if (id === undefined) return;
    const now = performance.now();
    const afterPause = now - lastChange.current > SAVE_DELAY_MS;
    lastChange.current = now;
    edits.current++;
    if (patch.body) latestBody.current = patch.body as BodyDocument;
    if (pending.current && pending.current.id !== id) void flush();
    const merged = pending.current?.id === id ? { ...pending.current.patch, ...patch } : patch;
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = { id, patch: { ...merged, id }, timer: window.setTimeout(() => void flush(), SAVE_DELAY_MS) };
    // The first change after a pause is saved at once, so that the outline's status and the gap report answer the
    // first keystroke; what follows it while typing goes on waits for a pause.
    if (afterPause && saving.current === 0) void flush();
  };

  const nodeRef = useRef<NodeView | undefined>(undefined);
  nodeRef.current = node;
  // With a change stream, a change reloads the node only when what the stream sends does not tell it all.
  useEffect(
    () =>
      store.onChange((event) => {
        const current = nodeRef.current;
        if (id === undefined || !current || current.id !== id) return;
        if (needsReload(event, current, store.clientId)) {
          setReloads((count) => count + 1);
          return;
        }
        const sent = event.nodes.changed.find((changed) => changed.id === id);
        if (!sent) return;
        const typing = pending.current !== undefined || saving.current > 0;
        setNode((shown) => (shown && shown.id === id ? withFields(shown, sent, typing) : shown));
        const ownEdit = event.cause === 'edit' && event.origin === store.clientId;
        if (!typing && !ownEdit) setTitle(sent.title);
      }),
    [store, id],
  );

  // Reload when the selection changes, and after a change the stream does not tell all of (without a stream, after
  // every change of the case: its revision); only the answer to the latest request is shown.
  const reload = store.clientId ? reloads : revision;
  useEffect(() => {
    const flushed = flush();
    if (id === undefined) {
      latestRequest.current = undefined;
      setNode(undefined);
      return;
    }
    const request = { id, revision: reload };
    latestRequest.current = request;
    const editsAtRequest = edits.current;
    // Asked for once the save is answered, so that a body loaded while typing has every save but those after it.
    void flushed.then(async () => {
      const savesAtRequest = saving.current === 0 ? saves.current : -1;
      try {
        const loaded = await store.api['nodes-get']({ id });
        if (latestRequest.current !== request) return;
        const typedSince = pending.current !== undefined || saving.current > 0 || edits.current !== editsAtRequest;
        const keepText = typedSince && shownId.current === loaded.id;
        setNode((current) => (keepText && current ? { ...loaded, title: current.title } : loaded));
        if (keepText) {
          unshownLoad.current = { body: loaded.body, saves: savesAtRequest };
          // Saved since it was asked for, and nothing left to save: a fresh load has it all.
          if (savesAtRequest !== saves.current && !pending.current && saving.current === 0)
            setReloads((count) => count + 1);
          return;
        }
        // Another node is shown from scratch; the node shown takes the body as the editor shows it (`shown`).
        if (shownId.current !== loaded.id) {
          latestBody.current = loaded.body;
          base.current = { id: loaded.id, body: loaded.body };
        }
        shownId.current = loaded.id;
        loadedAtEdits.current = editsAtRequest;
        setTitle(loaded.title);
        unshownLoad.current = { body: loaded.body, saves: savesAtRequest };
      } catch {
        if (latestRequest.current === request) setNode(undefined);
      }
    });
  }, [store, flush, id, reload]);
  // A request is forgotten when the editor goes away, so that its answer changes nothing.
  useEffect(
    () => () => {
      latestRequest.current = undefined;
    },
    [],
  );

  useEffect(() => store.beforeChange(flush), [store, flush]);
  // Save what is pending when the editor goes away.
  useEffect(() => () => void flush(), [flush]);

  const showBody = (body: BodyDocument) => {
    shownBody.current = body;
    setNode((current) => (current ? { ...current, body } : current));
    schedule({ body });
  };

  const mergeBase = (body: BodyDocument) => {
    const loaded = unshownLoad.current;
    const from = base.current?.id === id ? base.current?.body : undefined;
    return loaded?.body === body && loaded.saves === saves.current && saving.current === 0 ? from : undefined;
  };

  const merged = (body: BodyDocument, shown: BodyDocument) => {
    if (id === undefined) return;
    unshownLoad.current = undefined;
    base.current = { id, body };
    latestBody.current = shown;
    // What is queued was typed from the old base: the merged text replaces it.
    if (pending.current || JSON.stringify(shown) !== JSON.stringify(body)) schedule({ body: shown });
  };

  const shown = (body: BodyDocument) => {
    if (id === undefined || unshownLoad.current?.body !== body) return;
    unshownLoad.current = undefined;
    base.current = { id, body };
    latestBody.current = body;
  };

  const bodyIsCurrent = (body: BodyDocument) =>
    body === shownBody.current ||
    (pending.current === undefined && saving.current === 0 && edits.current === loadedAtEdits.current);

  return {
    node,
    title,
    setTitle,
    body: () => latestBody.current,
    schedule,
    flush,
    bodyIsCurrent,
    showBody,
    mergeBase,
    merged,
    shown,
    setNode,
  };
}

/** Whether a change leaves the editor's copy of `node` stale in what the stream does not send (its body, its children). */
function needsReload(event: ChangeEvent, node: NodeView, clientId: string | undefined): boolean {
  if (event.cause === 'replaced' || event.cause === 'external') return true;
  const own = event.cause === 'edit' && event.origin === clientId;
  if (event.bodies.includes(node.id) && !own) return true;
  const { added, moved, changed } = event.nodes;
  if (added.some((child) => child.parentId === node.id) || moved.some((child) => child.parentId === node.id))
    return true;
  const sent =
    changed.find((changedNode) => changedNode.id === node.id) ?? moved.find((movedNode) => movedNode.id === node.id);
  return sent !== undefined && sent.childCount !== node.childIds.length;
}

/** The node with the fields and status the stream sent; the title stays as typed while typing goes on. */
function withFields(node: NodeView, sent: ChangedNode, typing: boolean): NodeView {
  return {
    ...node,
    kind: sent.kind,
    title: typing ? node.title : sent.title,
    side: sent.side,
    mode: sent.mode,
    standard: sent.standard,
    weight: sent.weight,
    assessment: sent.assessment,
    disputed: sent.disputed,
    tags: sent.tags,
    status: sent.status,
    statusReason: sent.statusReason ?? null,
    effectiveWeight: sent.effectiveWeight,
  };
}
