import { useEffect, useRef } from 'react';
import type { MapLayout, MapNode } from '../../app/map/mapLayout';
import type { Viewport } from './mapGeometry';

const WIDTH = 200;
const HEIGHT = 140;

/** The corner of the stage the minimap covers (map.css sets it 8 px in from the corner, with a 1 px border), and a gap. */
export const MINIMAP_CORNER = { width: WIDTH + 8 + 2 + 8, height: HEIGHT + 8 + 2 + 8 };
const PAD = 6;

/**
 * The whole (focused) map in small: every box, search hits and boxes with gap findings marked, and a frame where the
 * viewport is; a click or a drag there moves the viewport.
 */
export function MapMinimap({
  layout,
  view,
  searchHits,
  findingCounts,
  onCentre,
}: {
  layout: MapLayout<MapNode>;
  view: Viewport;
  searchHits: ReadonlySet<number>;
  findingCounts: ReadonlyMap<number, number>;
  onCentre: (point: { x: number; y: number }) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scale = Math.min(
    (WIDTH - 2 * PAD) / Math.max(1, layout.width),
    (HEIGHT - 2 * PAD) / Math.max(1, layout.height),
  );
  const offsetX = (WIDTH - layout.width * scale) / 2;
  const offsetY = (HEIGHT - layout.height * scale) / 2;

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = WIDTH * ratio;
    element.height = HEIGHT * ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, WIDTH, HEIGHT);
    const style = getComputedStyle(element);
    const colour = (name: string) => style.getPropertyValue(name).trim() || '#888';
    const draw = (fill: string, pick: (id: number) => boolean, grow: number) => {
      context.fillStyle = fill;
      for (const box of layout.boxes) {
        if (!pick(box.node.id)) continue;
        context.fillRect(
          offsetX + box.x * scale - grow,
          offsetY + box.y * scale - grow,
          Math.max(1, box.width * scale) + 2 * grow,
          Math.max(1, box.height * scale) + 2 * grow,
        );
      }
    };
    draw(colour('--muted'), () => true, 0);
    draw(colour('--defeated'), (id) => findingCounts.has(id), 1);
    draw(colour('--hit'), (id) => searchHits.has(id), 1.5);
  }, [layout, scale, offsetX, offsetY, searchHits, findingCounts]);

  const frame = {
    left: offsetX + (-view.x / view.scale) * scale,
    top: offsetY + (-view.y / view.scale) * scale,
    width: (view.width / view.scale) * scale,
    height: (view.height / view.scale) * scale,
  };
  const move = (event: React.PointerEvent<HTMLDivElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    onCentre({
      x: (event.clientX - bounds.left - offsetX) / scale,
      y: (event.clientY - bounds.top - offsetY) / scale,
    });
  };
  return (
    <div
      className="map-minimap"
      role="group"
      aria-label="Minimap"
      style={{ width: WIDTH, height: HEIGHT }}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        move(event);
      }}
      onPointerMove={(event) => {
        if (event.buttons === 1) move(event);
      }}
    >
      <canvas ref={canvas} style={{ width: WIDTH, height: HEIGHT }} />
      <div className="map-minimap-frame" data-testid="minimap-frame" style={frame} />
    </div>
  );
}
