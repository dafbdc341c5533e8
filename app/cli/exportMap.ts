import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApiClient } from '../api/handlers';

/** The image formats `export --format` writes the argument map in. */
export const MAP_FORMATS = ['svg', 'png'] as const;
export type MapFormat = (typeof MAP_FORMATS)[number];

export const isMapFormat = (format: string): format is MapFormat => (MAP_FORMATS as readonly string[]).includes(format);

/**
 * Writes the argument map (the whole case, or the subtree under --node) as SVG, or as PNG at twice the screen's
 * resolution; an SVG goes to stdout without --out, a PNG needs --out.
 */
export async function runMapExport(
  format: MapFormat,
  options: { node?: string | undefined; out?: string | undefined },
  api: ApiClient,
  io: { out: (text: string) => void },
  usage: (message: string) => Error,
): Promise<number> {
  if (options.node !== undefined && !/^[1-9]\d*$/.test(options.node))
    throw usage('--node must be a node id (a number).');
  if (format === 'png' && options.out === undefined) throw usage('--out is required for png.');
  const map = await api['map-export']({ ...(options.node !== undefined ? { nodeId: Number(options.node) } : {}) });
  if (format === 'svg') {
    if (options.out === undefined) {
      io.out(map.svg.trimEnd());
      return 0;
    }
    writeFileSync(resolve(options.out), map.svg);
  } else {
    const { rasterizeSvg } = await import('../map/rasterizeSvg');
    const size = /<svg[^>]*\swidth="([\d.]+)"\s+height="([\d.]+)"/.exec(map.svg)!;
    const { png, scale } = await rasterizeSvg(map.svg, { width: Number(size[1]), height: Number(size[2]) });
    writeFileSync(resolve(options.out!), png);
    if (scale < 2)
      io.out(`The map is large: drawn at ${scale.toFixed(2)} pixels per point to stay within 16,000 pixels.`);
  }
  io.out(`Exported the map of ${map.nodes} nodes to ${resolve(options.out!)}.`);
  return 0;
}
