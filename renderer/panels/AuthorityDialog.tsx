import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import type { Authority } from '../../app/model/types';
import type { CaseStore } from '../state/caseStore';
import { AuthorityForm } from './AuthorityForm';
import { type AuthorityProposal, hostAuthorityRequests } from './authorityRequest';
import { saveAuthority } from './saveAuthority';

type Listed = MethodOutput<'authorities-list'>[number];

/** Hosts the "Add authority" form asked for from the editor or the gap report, as a dialog over the window. */
export function AuthorityDialogHost({ store, authorities }: { store: CaseStore; authorities: Listed[] }) {
  const [request, setRequest] = useState<
    { proposal: AuthorityProposal; done: (added: Authority | undefined) => void } | undefined
  >();
  useEffect(() => hostAuthorityRequests((proposal) => new Promise((done) => setRequest({ proposal, done }))), []);
  if (!request) return null;
  const close = (added: Authority | undefined) => {
    setRequest(undefined);
    request.done(added);
  };
  return (
    <div className="overlay">
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Add authority"
        className="dialog authority-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') close(undefined);
        }}
      >
        <h2>Add authority</h2>
        <AuthorityForm
          proposal={request.proposal}
          existingKeys={authorities.map((authority) => authority.key)}
          onCancel={() => close(undefined)}
          onSave={async (draft) => {
            const outcome = await saveAuthority(store, draft);
            if (outcome.authority) close(outcome.authority);
            return outcome.problem;
          }}
        />
      </div>
    </div>
  );
}
