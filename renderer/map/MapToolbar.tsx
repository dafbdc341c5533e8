import type { CommandId } from '../../app/commands/commandList';
import type { MapDirection } from '../../app/model/types';
import { type CommandContext, commandById, commandTitle, isEnabled } from '../commands/commands';

export interface MapToolbarProps {
  context: CommandContext;
  direction: MapDirection;
  follow: boolean;
  minimap: boolean;
  onZoom: (factor: number) => void;
}

const DIRECTIONS: [MapDirection, CommandId, string][] = [
  ['down', 'map.direction-down', 'Top-down'],
  ['right', 'map.direction-right', 'Left to right'],
];

/** The map's toolbar: zoom, then the map's commands (Fit, Focus, following the outline, minimap, layout, export). */
export function MapToolbar({ context, direction, follow, minimap, onZoom }: MapToolbarProps) {
  /** A control of a command: its label and shortcut as the tooltip; a click runs it when it can run. */
  const runs = (id: CommandId) => {
    const command = commandById(id);
    return {
      title: commandTitle(command),
      onClick: () => {
        if (isEnabled(command, context)) void command.run(context);
      },
    };
  };
  const focus = runs('map.focus');
  return (
    <div className="map-controls" role="toolbar" aria-label="Map">
      <button type="button" aria-label="Zoom in" title="Zoom in" onClick={() => onZoom(1.25)}>
        +
      </button>
      <button type="button" aria-label="Zoom out" title="Zoom out" onClick={() => onZoom(1 / 1.25)}>
        −
      </button>
      <button type="button" {...runs('map.fit')}>
        Fit
      </button>
      <button
        type="button"
        {...focus}
        title={`${focus.title}: only it and what lies under it (or double-click a box)`}
        disabled={!isEnabled(commandById('map.focus'), context)}
      >
        Focus
      </button>
      <label className="map-follow" title={runs('map.follow').title}>
        <input type="checkbox" checked={follow} onChange={runs('map.follow').onClick} />
        Follow the outline
      </label>
      <button type="button" aria-pressed={minimap} {...runs('map.minimap')}>
        Minimap
      </button>
      <fieldset className="map-direction" aria-label="Layout">
        {DIRECTIONS.map(([value, id, label]) => (
          <button key={value} type="button" aria-pressed={direction === value} {...runs(id)}>
            {label}
          </button>
        ))}
      </fieldset>
      <button type="button" className="map-export-button" {...runs('map.export')}>
        Export map…
      </button>
    </div>
  );
}
