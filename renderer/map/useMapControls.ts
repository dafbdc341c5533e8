import { useLayoutEffect } from 'react';
import type { CommandContext, MapControls } from '../commands/commands';

/** Hands the map's own actions to its commands (palette, keys, menu, toolbar) for as long as the map is shown. */
export function useMapControls(holder: CommandContext['map'], controls: MapControls): void {
  useLayoutEffect(() => {
    holder.current = controls;
  });
  useLayoutEffect(
    () => () => {
      holder.current = undefined;
    },
    [holder],
  );
}
