import { useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import type { CaseStore } from '../state/caseStore';
import { AuthorityForm, TYPE_LABELS } from './AuthorityForm';
import { SourcesImport } from './SourcesImport';
import { saveAuthority } from './saveAuthority';

type Listed = MethodOutput<'authorities-list'>[number];

/** The case's sources: list, add, edit, delete when unused, import from Zotero exports. */
export function AuthoritiesPanel({ store, authorities }: { store: CaseStore; authorities: Listed[] }) {
  const [editing, setEditing] = useState<Listed | 'new' | undefined>();
  const [filter, setFilter] = useState('');
  const wanted = filter.trim().toLowerCase();
  const shown = authorities.filter((authority) =>
    [authority.key, authority.short, String(authority.csl.title ?? '')].some((text) =>
      text.toLowerCase().includes(wanted),
    ),
  );

  return (
    <section className="panel" aria-label="Authorities">
      <h2>
        Authorities <span className="count">{authorities.length}</span>
      </h2>
      {editing ? (
        <AuthorityForm
          initial={editing === 'new' ? undefined : editing}
          existingKeys={authorities.map((authority) => authority.key)}
          onCancel={() => setEditing(undefined)}
          onSave={async (draft) => {
            const outcome = await saveAuthority(store, draft, editing === 'new' ? undefined : editing.id);
            if (outcome.authority) setEditing(undefined);
            return outcome.problem;
          }}
        />
      ) : (
        <>
          <div className="panel-actions">
            <button type="button" onClick={() => setEditing('new')}>
              Add authority
            </button>
            <SourcesImport store={store} />
          </div>
          <input
            type="search"
            aria-label="Filter authorities"
            placeholder="Filter"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
          <ul className="authority-list">
            {shown.map((authority) => (
              <li key={authority.id} className="authority-item">
                <div className="authority-text">
                  <span className="authority-short">{authority.short || authority.key}</span>
                  <span className="authority-meta">
                    {TYPE_LABELS[authority.type]} · @{authority.key} ·{' '}
                    {authority.citedBy === 0 ? 'not cited' : `cited in ${authority.citedBy}`}
                  </span>
                </div>
                <button
                  type="button"
                  aria-label={`Edit ${authority.short || authority.key}`}
                  onClick={() => setEditing(authority)}
                >
                  Edit
                </button>
                <DeleteButton store={store} authority={authority} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * Deletes an authority nothing cites. A cited one cannot go: the button stays where it is, says why on hover and focus,
 * and a press says it again in the message bar, with the search that finds the citing nodes.
 */
function DeleteButton({ store, authority }: { store: CaseStore; authority: Listed }) {
  const name = authority.short || authority.key;
  const cited = authority.citedBy > 0;
  const why = `${name} cannot be deleted: ${authority.citedBy === 1 ? 'one node cites' : `${authority.citedBy} nodes cite`} it. Remove those citations first; searching for @${authority.key} finds them.`;
  return (
    <button
      type="button"
      aria-label={`Delete ${name}`}
      aria-disabled={cited}
      aria-description={cited ? why : undefined}
      className={cited ? 'looks-disabled' : undefined}
      data-tooltip={cited ? why : undefined}
      onClick={() => (cited ? store.say(why) : store.run(() => store.api['authorities-delete']({ id: authority.id })))}
    >
      Delete
    </button>
  );
}
