import type { MapDirection } from '../../app/model/types';

export interface MapToolbarProps {
  direction: MapDirection;
  follow: boolean;
  minimap: boolean;
  canFocus: boolean;
  onZoom: (factor: number) => void;
  onFit: () => void;
  onFocus: () => void;
  onFollow: (follow: boolean) => void;
  onMinimap: (shown: boolean) => void;
  onDirection: (direction: MapDirection) => void;
  onExport: () => void;
}

const DIRECTIONS: [MapDirection, string][] = [
  ['down', 'Top-down'],
  ['right', 'Left to right'],
];

/** The map's toolbar: zoom, Fit, Focus, following the outline, the minimap, the layout's direction and export. */
export function MapToolbar(props: MapToolbarProps) {
  return (
    <div className="map-controls" role="toolbar" aria-label="Map">
      <button type="button" aria-label="Zoom in" title="Zoom in" onClick={() => props.onZoom(1.25)}>
        +
      </button>
      <button type="button" aria-label="Zoom out" title="Zoom out" onClick={() => props.onZoom(1 / 1.25)}>
        −
      </button>
      <button type="button" title="Fit the focused part of the map in view" onClick={props.onFit}>
        Fit
      </button>
      <button
        type="button"
        title="Show only the selected box and what lies under it (Shift+Enter, or double-click a box)"
        disabled={!props.canFocus}
        onClick={props.onFocus}
      >
        Focus
      </button>
      <label className="map-follow">
        <input type="checkbox" checked={props.follow} onChange={(event) => props.onFollow(event.target.checked)} />
        Follow the outline
      </label>
      <button type="button" aria-pressed={props.minimap} onClick={() => props.onMinimap(!props.minimap)}>
        Minimap
      </button>
      <fieldset className="map-direction" aria-label="Layout">
        {DIRECTIONS.map(([direction, label]) => (
          <button
            key={direction}
            type="button"
            aria-pressed={props.direction === direction}
            onClick={() => props.direction !== direction && props.onDirection(direction)}
          >
            {label}
          </button>
        ))}
      </fieldset>
      <button type="button" className="map-export-button" onClick={props.onExport}>
        Export map…
      </button>
    </div>
  );
}
