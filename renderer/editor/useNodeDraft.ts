import { useCallback, useEffect, useRef, useState } from 'react';
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
  /** Queues a change of the title or body, saved after a pause in typing. */
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
  setNode: (node: NodeView) => void;
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
  /** Bumped by every local edit and every save, so that a load asked for before either is known to be stale. */
  const edits = useRef(0);
  const latestBody = useRef<BodyDocument | undefined>(undefined);
  const shownId = useRef<number | undefined>(undefined);
  const loadedAtEdits = useRef(0);
  const shownBody = useRef<BodyDocument | undefined>(undefined);
  /** The node and case revision of the load whose answer may still be shown. */
  const latestRequest = useRef<{ id: number; revision: number } | undefined>(undefined);

  const flush = useCallback(async () => {
    const job = pending.current;
    if (!job) return;
    pending.current = undefined;
    window.clearTimeout(job.timer);
    // A load asked for before this save may be answered after it, with the text before it: counting the save as
    // an edit makes such a load stale.
    edits.current++;
    saving.current++;
    try {
      await store.api['nodes-update']({ ...job.patch, id: job.id });
    } catch (error) {
      store.say((error as Error).message, 'error');
    } finally {
      saving.current--;
    }
    if (job.patch.title !== undefined || job.patch.body !== undefined) await store.refresh();
  }, [store]);

  const schedule = (patch: Omit<Patch, 'id'>) => {
    if (id === undefined) return;
    edits.current++;
    if (patch.body) latestBody.current = patch.body as BodyDocument;
    if (pending.current && pending.current.id !== id) void flush();
    const merged = pending.current?.id === id ? { ...pending.current.patch, ...patch } : patch;
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = { id, patch: { ...merged, id }, timer: window.setTimeout(() => void flush(), SAVE_DELAY_MS) };
  };

  // Reload when the selection or the case changes (its revision); only the answer to the latest request is shown.
  useEffect(() => {
    void flush();
    if (id === undefined) {
      latestRequest.current = undefined;
      setNode(undefined);
      return;
    }
    const request = { id, revision };
    latestRequest.current = request;
    const editsAtRequest = edits.current;
    store.api['nodes-get']({ id }).then(
      (loaded) => {
        if (latestRequest.current !== request) return;
        const typedSince = pending.current !== undefined || saving.current > 0 || edits.current !== editsAtRequest;
        const keepText = typedSince && shownId.current === loaded.id;
        setNode((current) => (keepText && current ? { ...loaded, title: current.title, body: current.body } : loaded));
        if (typedSince && shownId.current === loaded.id) return;
        shownId.current = loaded.id;
        loadedAtEdits.current = editsAtRequest;
        setTitle(loaded.title);
        latestBody.current = loaded.body;
      },
      () => latestRequest.current === request && setNode(undefined),
    );
  }, [store, flush, id, revision]);
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

  const bodyIsCurrent = (body: BodyDocument) =>
    body === shownBody.current ||
    (pending.current === undefined && saving.current === 0 && edits.current === loadedAtEdits.current);

  return { node, title, setTitle, body: () => latestBody.current, schedule, flush, bodyIsCurrent, showBody, setNode };
}
