import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import type { CaseStore } from '../state/caseStore';

type Results = MethodOutput<'search'>['results'];

/** Full-text search of the case; a result goes to its node. */
export function SearchPanel({
  store,
  inputRef,
  revision,
}: {
  store: CaseStore;
  inputRef: React.RefObject<HTMLInputElement | null>;
  revision: number;
}) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results>([]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: search again when the case changes
  useEffect(() => {
    if (query.trim() === '') {
      setResults([]);
      return;
    }
    let cancelled = false;
    const timer = window.setTimeout(() => {
      store.api.search({ query, limit: 50 }).then(
        (found) => !cancelled && setResults(found.results),
        (error: Error) => store.say(error.message, 'error'),
      );
    }, 120);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [query, revision]);
  useEffect(() => store.set({ searchHits: new Set(results.map((result) => result.nodeId)) }), [store, results]);
  useEffect(() => () => store.set({ searchHits: new Set() }), [store]);

  return (
    <section className="panel" aria-label="Search">
      <h2>Search</h2>
      <input
        ref={inputRef}
        type="search"
        aria-label="Search the case"
        placeholder="Words, or @key for the nodes citing an authority"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {query.trim() !== '' && results.length === 0 && <p className="panel-empty">No matches.</p>}
      <ul className="search-results">
        {results.map((result) => (
          <li key={result.nodeId}>
            <button type="button" className="search-result" onClick={() => store.reveal(result.nodeId)}>
              <span className="result-title">{result.title || `Untitled ${result.kind}`}</span>
              <Snippet text={result.snippet} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A search snippet with its matches («…») marked, as text. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(«[^»]*»)/);
  return (
    <span className="result-snippet">
      {parts.map((part, index) =>
        part.startsWith('«') && part.endsWith('»') ? (
          <mark key={index}>{part.slice(1, -1)}</mark>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </span>
  );
}
