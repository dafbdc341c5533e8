import { useState } from 'react';
import type { CaseStore, SharedStatus } from '../state/caseStore';

type Notice = NonNullable<SharedStatus>['notices'][number];

const count = (notices: readonly Notice[]) => (notices.length === 1 ? '1 notice' : `${notices.length} notices`);

/** The conflicts decided for the user on a shared case, as a count that opens their list: each shows its node, and
 * an overwritten field can be given back the user's value. */
export function SharedNotices({ notices, store }: { notices: readonly Notice[]; store: CaseStore }) {
  const [open, setOpen] = useState(false);
  if (notices.length === 0) return null;
  const { api } = store;
  return (
    <div
      className="shared-notices"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {count(notices)}
      </button>
      {open && (
        <ul aria-label="Notices" className="shared-notice-list">
          {notices.map((notice) => (
            <li key={notice.id}>
              <span className="shared-notice">{notice.message}</span>
              {notice.nodeId !== null && (
                <button
                  type="button"
                  onClick={() => {
                    setOpen(false);
                    store.reveal(notice.nodeId!);
                  }}
                >
                  Show node
                </button>
              )}
              {notice.kind === 'overwritten' && notice.nodeId !== null && (
                <button
                  type="button"
                  onClick={() => void store.run(() => api['collab-notice-restore']({ id: notice.id }))}
                >
                  Restore mine
                </button>
              )}
              <button
                type="button"
                onClick={() => void store.run(() => api['collab-notice-dismiss']({ id: notice.id }))}
              >
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
