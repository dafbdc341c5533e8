import { STATUS_LEGEND } from '../../app/map/mapTheme';

/** What the map's colours and lines mean: the status colours, support solid and attack dashed, each with its arrow. */
export function MapLegend() {
  return (
    <section className="map-legend" aria-label="Map legend">
      <ul>
        {STATUS_LEGEND.map(([status, label]) => (
          <li key={status}>
            <span className={`map-legend-swatch status-${status}`} aria-hidden="true" />
            {label}
          </li>
        ))}
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="26" y2="5" className="map-edge" markerEnd="url(#map-arrow-support)" />
          </svg>
          Supports
        </li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="26" y2="5" className="map-edge attack" markerEnd="url(#map-arrow-attack)" />
          </svg>
          Attacks
        </li>
        <li>
          <span className="map-legend-hit" aria-hidden="true" />
          Search hit
        </li>
        <li>
          <span className="map-legend-finding" aria-hidden="true" />
          Gap findings
        </li>
      </ul>
    </section>
  );
}
