import type { OutlineRow } from '../../app/api/views';
import { kindName } from '../../app/map/mapTheme';

const label = (row: OutlineRow) => `${kindName(row.kind)}: ${row.title.trim() || '(untitled)'}`;

/** Where the focused subtree sits in the case: the whole case, then each node above it, each a way back up. */
export function MapBreadcrumb({
  ancestors,
  focus,
  onFocus,
}: {
  ancestors: readonly OutlineRow[];
  focus: OutlineRow | undefined;
  onFocus: (id: number | undefined) => void;
}) {
  return (
    <nav className="map-breadcrumb" aria-label="Map focus">
      <ol>
        <li>
          {focus ? (
            <button type="button" onClick={() => onFocus(undefined)}>
              Whole case
            </button>
          ) : (
            <span aria-current="location">Whole case</span>
          )}
        </li>
        {ancestors.map((row) => (
          <li key={row.id}>
            <button type="button" title={label(row)} onClick={() => onFocus(row.id)}>
              {label(row)}
            </button>
          </li>
        ))}
        {focus && (
          <li>
            <span aria-current="location" title={label(focus)}>
              {label(focus)}
            </span>
          </li>
        )}
      </ol>
    </nav>
  );
}
