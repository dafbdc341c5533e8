import { useCallback, useEffect, useRef, useState } from 'react';
import { fittedClear, type Viewport, viewShowing } from './mapGeometry';

/** How far the map zooms out and in. */
export const MIN_SCALE = 0.02;
export const MAX_SCALE = 3;

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** The map's viewport: where it is panned and how far it is zoomed, and the size of the canvas it is drawn in. */
export function useMapViewport() {
  const canvas = useRef<SVGSVGElement>(null);
  const [view, setView] = useState<Viewport>({ x: 0, y: 0, scale: 1, width: 0, height: 0 });

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const measure = () => {
      const bounds = element.getBoundingClientRect();
      setView((current) =>
        current.width === bounds.width && current.height === bounds.height
          ? current
          : { ...current, width: bounds.width, height: bounds.height },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  /** Shows `bounds` whole and centred, with none of `boxes` under the stage's `corner` (if any). */
  const fitTo = useCallback(
    (
      bounds: { x: number; y: number; width: number; height: number },
      boxes: readonly { x: number; y: number; width: number; height: number }[] = [],
      corner?: { width: number; height: number },
    ) => {
      setView((current) => {
        const fitted = fittedClear(bounds, current, boxes, corner);
        return { ...fitted, scale: clampScale(fitted.scale) };
      });
    },
    [],
  );

  /** Puts the middle of `box` in the middle of the canvas at `scale`. */
  const centreOn = useCallback((box: { x: number; y: number; width: number; height: number }, scale = 1) => {
    setView((current) => ({
      ...current,
      scale,
      x: current.width / 2 - (box.x + box.width / 2) * scale,
      y: current.height / 2 - (box.y + box.height / 2) * scale,
    }));
  }, []);

  /** Zooms by `factor` about a point of the canvas (its middle by default). */
  const zoom = useCallback((factor: number, at?: { x: number; y: number }) => {
    setView((current) => {
      const scale = clampScale(current.scale * factor);
      const point = at ?? { x: current.width / 2, y: current.height / 2 };
      const ratio = scale / current.scale;
      return {
        ...current,
        scale,
        x: point.x - (point.x - current.x) * ratio,
        y: point.y - (point.y - current.y) * ratio,
      };
    });
  }, []);

  const panTo = useCallback((x: number, y: number) => setView((current) => ({ ...current, x, y })), []);

  const show = useCallback(
    (box: { x: number; y: number; width: number; height: number }) => setView((current) => viewShowing(current, box)),
    [],
  );

  return { canvas, view, fitTo, centreOn, zoom, panTo, show };
}
