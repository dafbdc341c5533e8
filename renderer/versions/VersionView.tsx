import { useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import type { DocumentNode } from '../../app/interchange/documentSchema';
import { KindIcon, kindLabel, StatusBadge } from '../outline/kindIcons';
import type { CaseStore } from '../state/caseStore';
import { readingText } from './readingText';
import { versionDate } from './useVersionList';
import './versions.css';

type Opened = MethodOutput<'versions-get'>;

/** How many nodes are shown at first; the rest on demand, so that a large version opens at once. */
const FIRST_SHOWN = 300;

/** Each node of a version's tree with its depth, in reading order. */
function flatten(nodes: readonly DocumentNode[], depth = 0, into: { node: DocumentNode; depth: number }[] = []) {
  for (const node of nodes) {
    into.push({ node, depth });
    flatten(node.children ?? [], depth + 1, into);
  }
  return into;
}

/**
 * A version of the case, read-only: its outline with each node's kind, status then and body. Nothing in it can be
 * edited; it can be compared with the case now, or closed.
 */
export function VersionView({
  store,
  version,
  onCompare,
  onClose,
}: {
  store: CaseStore;
  version: number;
  onCompare: (version: number) => void;
  onClose: () => void;
}) {
  const [opened, setOpened] = useState<{ version?: Opened; problem?: string }>({});
  const [shown, setShown] = useState(FIRST_SHOWN);
  const section = useRef<HTMLElement>(null);
  useEffect(() => section.current?.focus(), []);
  useEffect(() => {
    let cancelled = false;
    store.api['versions-get']({ version }).then(
      (result) => {
        if (!cancelled) setOpened({ version: result });
      },
      (error: Error) => {
        if (!cancelled) setOpened({ problem: error.message });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store, version]);
  const info = opened.version?.version;
  const nodes = opened.version ? flatten(opened.version.document.nodes as DocumentNode[]) : [];
  return (
    <section
      ref={section}
      tabIndex={-1}
      className="compare-view version-view"
      aria-label={info ? `Version “${info.name}” (read-only)` : 'Version (read-only)'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="compare-controls">
        <h2>{info ? info.name : 'Version'}</h2>
        {info && (
          <span className="compare-muted">
            Saved <time dateTime={info.createdAt}>{versionDate(info)}</time> · read-only
          </span>
        )}
        <div className="version-view-buttons">
          <button type="button" disabled={!info} onClick={() => onCompare(version)}>
            Compare with now
          </button>
          <button type="button" onClick={onClose}>
            Close version
          </button>
        </div>
      </div>
      {opened.problem && (
        <p role="alert" className="dialog-problem">
          {opened.problem}
        </p>
      )}
      {opened.version && nodes.length === 0 && <p className="compare-summary">This version has no nodes.</p>}
      {nodes.length > 0 && (
        <ol className="version-tree" aria-label="Outline of the version">
          {nodes.slice(0, shown).map(({ node, depth }, index) => (
            <li
              key={node.id ?? `at-${index}`}
              className="version-node"
              aria-label={node.title || `Untitled ${node.kind}`}
              style={{ marginLeft: `${Math.min(depth, 8) * 16}px` }}
            >
              <div className="version-node-heading">
                <KindIcon kind={node.kind} />
                <span className="version-node-title">{node.title || `Untitled ${node.kind}`}</span>
                <span className="compare-muted">{kindLabel(node.kind)}</span>
                {node.status && <StatusBadge status={node.status} reason={null} />}
              </div>
              {node.text && <p className="version-node-body">{readingText(node.text)}</p>}
            </li>
          ))}
        </ol>
      )}
      {nodes.length > shown && (
        <button type="button" className="version-show-all" onClick={() => setShown(nodes.length)}>
          Show all {nodes.length} nodes
        </button>
      )}
    </section>
  );
}
