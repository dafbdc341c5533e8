import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { writeJsonFile } from '../app/files/writeJsonFile';

/** Where and how large the last case window was, kept as JSON in the data folder. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** A display's work area (the screen less task bars and docks). */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
const MIN_WIDTH = 640;
const MIN_HEIGHT = 420;
/** How far each further window is moved right and down, so that it does not hide the one before. */
const CASCADE = 28;

const coordinate = z.number().int().min(-100_000).max(100_000);
const stateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: z.number().int().min(MIN_WIDTH).max(100_000),
  height: z.number().int().min(MIN_HEIGHT).max(100_000),
  maximized: z.boolean().default(false),
});

/** Reads the remembered window state; a missing or damaged file gives the default size, centred. */
export function loadWindowState(file: string): WindowState {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : { ...DEFAULT_WINDOW_STATE };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** Writes the window state. */
export function saveWindowState(file: string, state: WindowState): void {
  writeJsonFile(file, state);
}

/**
 * Where to put a new window: the remembered bounds, moved along by the windows already open, and only if its
 * title bar lands on one of the displays; otherwise the remembered size, left for the system to place.
 */
export function placeWindow(state: WindowState, workAreas: readonly Area[], openWindows: number): WindowState {
  const width = Math.max(MIN_WIDTH, state.width);
  const height = Math.max(MIN_HEIGHT, state.height);
  if (state.x === undefined || state.y === undefined) return { width, height, maximized: state.maximized };
  const x = state.x + openWindows * CASCADE;
  const y = state.y + openWindows * CASCADE;
  const titleBarVisible = workAreas.some(
    (area) =>
      x + 100 <= area.x + area.width && x + width - 100 >= area.x && y >= area.y && y + 40 <= area.y + area.height,
  );
  return titleBarVisible
    ? { x, y, width, height, maximized: state.maximized }
    : { width, height, maximized: state.maximized };
}
