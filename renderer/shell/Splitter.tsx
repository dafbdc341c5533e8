import { type KeyboardEvent, type PointerEvent, useRef } from 'react';

export interface PaneWidths {
  outline: number;
  side: number;
  /** The source pane beside the editor. */
  source: number;
}

const STORAGE_KEY = 'casewright.paneWidths';
export const PANE_LIMITS = { min: 200, max: 720 };
const DEFAULT_WIDTHS: PaneWidths = { outline: 380, side: 340, source: 440 };

const clamp = (width: number) => Math.round(Math.max(PANE_LIMITS.min, Math.min(PANE_LIMITS.max, width)));

/** The panes' widths as the user last left them in this browser profile, else the defaults. */
export function readPaneWidths(): PaneWidths {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<PaneWidths> | null;
    return {
      outline: typeof stored?.outline === 'number' ? clamp(stored.outline) : DEFAULT_WIDTHS.outline,
      side: typeof stored?.side === 'number' ? clamp(stored.side) : DEFAULT_WIDTHS.side,
      source: typeof stored?.source === 'number' ? clamp(stored.source) : DEFAULT_WIDTHS.source,
    };
  } catch {
    return DEFAULT_WIDTHS;
  }
}

export function savePaneWidths(widths: PaneWidths): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(widths));
  } catch {
    // A profile without storage keeps the widths for this window only.
  }
}

/**
 * The handle between two panes: drag it, or focus it and press the arrow keys, to make a pane wider or narrower.
 * `edge` is where the handle sits on its pane: `right` of the outline, `left` of the side panels.
 */
export function Splitter({
  label,
  width,
  edge,
  onResize,
  onDone,
}: {
  label: string;
  width: number;
  edge: 'left' | 'right';
  onResize: (width: number) => void;
  onDone: (width: number) => void;
}) {
  const start = useRef<{ x: number; width: number } | undefined>(undefined);
  const direction = edge === 'right' ? 1 : -1;
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    onResize(clamp(start.current.width + direction * (event.clientX - start.current.x)));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    const next = clamp(start.current.width + direction * (event.clientX - start.current.x));
    start.current = undefined;
    onDone(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 64 : 16;
    const change = event.key === 'ArrowRight' ? step : event.key === 'ArrowLeft' ? -step : 0;
    if (change === 0) return;
    event.preventDefault();
    onDone(clamp(width + direction * change));
  };
  return (
    <div
      role="separator"
      aria-label={label}
      aria-orientation="vertical"
      aria-valuemin={PANE_LIMITS.min}
      aria-valuemax={PANE_LIMITS.max}
      aria-valuenow={width}
      tabIndex={0}
      className={`splitter splitter-${edge}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
