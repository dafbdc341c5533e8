import type { Collaborator, PresencePlace } from '../../app/collab/presence';
import type { CaseStore } from '../state/caseStore';

/** How long a moving body selection waits before it is told: a run of keystrokes sends one place. */
const SELECTION_WAIT_MS = 80;

/**
 * Tells the engine where this view's user is: the selected node as it changes and, while the case is shared, the
 * selection in its body. What the engine answers (where the collaborators are) goes into the store.
 */
export class PresenceReporter {
  /** Whether the open case is shared, as the engine last said: only then are body selections sent. */
  private shared = false;
  private selectedId: number | undefined;
  private timer: number | undefined;
  private sent = '';

  constructor(private readonly store: CaseStore) {
    store.subscribe(() => {
      const { selectedId } = store.getState();
      if (selectedId === this.selectedId) return;
      this.selectedId = selectedId;
      this.send({ nodeId: selectedId ?? null, field: null, anchor: null, head: null });
    });
    store.onChange((event) => {
      if (event.cause !== 'replaced') return;
      this.shared = false;
      this.sent = '';
      store.set({ collaborators: [] });
      this.send({ nodeId: this.selectedId ?? null, field: null, anchor: null, head: null });
    });
  }

  /** Where the collaborators are now, as the change stream tells (which it does only for a shared case). */
  receive(collaborators: Collaborator[]): void {
    this.store.set({ collaborators });
    if (this.shared) return;
    // Shared since the engine was last told (or told while not shared): tell it again, now that it passes it on.
    this.shared = true;
    this.sent = '';
    this.send({ nodeId: this.selectedId ?? null, field: null, anchor: null, head: null });
  }

  /** The body editor of `nodeId` has the cursor, from `anchor` to `head`, or lost it (null). */
  bodySelection(nodeId: number, selection: { anchor: number; head: number } | null): void {
    if (!this.shared) return;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      if (nodeId !== this.selectedId) return;
      this.send({
        nodeId,
        field: selection ? 'body' : null,
        anchor: selection?.anchor ?? null,
        head: selection?.head ?? null,
      });
    }, SELECTION_WAIT_MS);
  }

  private send(place: PresencePlace): void {
    const key = JSON.stringify(place);
    if (key === this.sent) return;
    this.sent = key;
    void this.store.api['collab-presence'](place).then(
      (collaborators: Collaborator[] | null) => {
        this.shared = collaborators !== null;
        if (collaborators) this.store.set({ collaborators });
      },
      () => {
        this.sent = '';
      },
    );
  }
}
