import { cleanText } from '../export/cleanText';
import { BOX, type MapLayout, type MapNode } from './mapLayout';
import { boxName, kindName, MAP_PALETTES, type MapTheme, STATUS_LEGEND } from './mapTheme';
import { MAP_FONT_FAMILY } from './textWidth';

/** Room around the map, and the legend's band above it. */
const MARGIN = 24;
const LEGEND_HEIGHT = 64;

export function escapeXml(text: string): string {
  return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The map as a standalone SVG file: real, selectable text in the map's font, every box with its kind, status and
 * title (and a tooltip with the whole title), support drawn solid and attack dashed, each with its arrowhead, and a
 * legend of the status colours and line styles above the map.
 */
export function mapToSvg(layout: MapLayout<MapNode>, options: { title: string; theme?: MapTheme }): string {
  const palette = MAP_PALETTES[options.theme ?? 'light'];
  const width = Math.max(layout.width, legendWidth()) + 2 * MARGIN;
  const height = layout.height + LEGEND_HEIGHT + 2 * MARGIN;
  const out: string[] = [];
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}" font-family="${escapeXml(MAP_FONT_FAMILY)}">`,
    `<title>${escapeXml(options.title)}</title>`,
    '<defs>',
    arrowHead('support', palette.support),
    arrowHead('attack', palette.attack),
    '</defs>',
    `<rect width="100%" height="100%" fill="${palette.background}"/>`,
  );
  out.push(...legend(palette));
  out.push(`<g transform="translate(${MARGIN} ${MARGIN + LEGEND_HEIGHT})">`);
  for (const edge of layout.edges) {
    const points = edge.points.map((point) => `${round(point.x)},${round(point.y)}`).join(' ');
    out.push(
      `<polyline points="${points}" fill="none" stroke="${edge.attack ? palette.attack : palette.support}" stroke-width="1.4"${edge.attack ? ' stroke-dasharray="5 3"' : ''} marker-end="url(#${edge.attack ? 'attack' : 'support'})"/>`,
    );
  }
  for (const box of layout.boxes) {
    const { node } = box;
    const kind = palette.kinds[node.kind];
    out.push(
      `<g class="box" data-node="${node.id}" transform="translate(${round(box.x)} ${round(box.y)})">`,
      `<title>${escapeXml(boxName(node))}</title>`,
      `<rect width="${round(box.width)}" height="${round(box.height)}" rx="6" fill="${palette.box}" stroke="${kind}" stroke-width="1.5"${node.kind === 'note' ? ' stroke-dasharray="4 3"' : ''}/>`,
    );
    if (node.status)
      out.push(
        `<rect x="1" y="1" width="5" height="${round(box.height - 2)}" rx="2" fill="${palette.statuses[node.status]}"/>`,
      );
    out.push(
      `<text x="${BOX.padding}" y="${BOX.kindBaseline}" font-size="${BOX.kindSize}" fill="${palette.muted}">${escapeXml(kindName(node.kind).toUpperCase())}${node.status ? ` · ${node.status}` : ''}</text>`,
    );
    box.lines.forEach((line, index) => {
      out.push(
        `<text x="${BOX.padding}" y="${BOX.titleBaseline + index * BOX.lineHeight}" font-size="${BOX.titleSize}" fill="${palette.text}">${escapeXml(line)}</text>`,
      );
    });
    out.push('</g>');
  }
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}

function arrowHead(id: string, colour: string): string {
  return `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${colour}"/></marker>`;
}

const LEGEND_ITEM = 118;

function legendWidth(): number {
  return (STATUS_LEGEND.length + 2) * LEGEND_ITEM;
}

/** Swatches of the status colours, then the two line styles, in one row above the map. */
function legend(palette: (typeof MAP_PALETTES)['light']): string[] {
  const out = [`<g transform="translate(${MARGIN} ${MARGIN})" font-size="12" fill="${palette.text}">`];
  out.push(`<text x="0" y="12" font-size="11" fill="${palette.muted}">LEGEND</text>`);
  STATUS_LEGEND.forEach(([status, label], index) => {
    const x = index * LEGEND_ITEM;
    out.push(
      `<rect x="${x}" y="24" width="14" height="14" rx="3" fill="${palette.statuses[status]}"/>`,
      `<text x="${x + 20}" y="35">${label}</text>`,
    );
  });
  const lines: [string, string, boolean][] = [
    ['Supports', palette.support, false],
    ['Attacks', palette.attack, true],
  ];
  lines.forEach(([label, colour, dashed], index) => {
    const x = (STATUS_LEGEND.length + index) * LEGEND_ITEM;
    out.push(
      `<line x1="${x}" y1="31" x2="${x + 30}" y2="31" stroke="${colour}" stroke-width="1.4"${dashed ? ' stroke-dasharray="5 3"' : ''} marker-end="url(#${dashed ? 'attack' : 'support'})"/>`,
      `<text x="${x + 38}" y="35">${label}</text>`,
    );
  });
  out.push('</g>');
  return out;
}
