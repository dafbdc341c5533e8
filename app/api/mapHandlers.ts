import * as z from 'zod';
import { layoutMap } from '../map/mapLayout';
import { mapToSvg } from '../map/mapSvg';
import { notFound } from '../model/errors';
import { MAP_DIRECTIONS } from '../model/types';
import { requireSession } from './apiContext';
import { method } from './method';
import { outlineRows } from './views';

const nodeId = z.number().int().positive();

export const mapHandlers = {
  /**
   * The argument map as an SVG file: the whole case, or the subtree under `nodeId`, laid out as the case's map is
   * (or in `direction`), without what lies under the `collapsed` nodes; with the legend, in the light or dark theme.
   */
  'map-export': method(
    z.strictObject({
      nodeId: nodeId.optional(),
      collapsed: z.array(nodeId).max(1_000_000).default([]),
      direction: z.enum(MAP_DIRECTIONS).optional(),
      theme: z.enum(['light', 'dark']).default('light'),
    }),
    (context, input) => {
      const session = requireSession(context);
      const info = session.caseInfo();
      const rows = outlineRows(session);
      let start = 0;
      let end = rows.length;
      if (input.nodeId !== undefined) {
        start = rows.findIndex((row) => row.id === input.nodeId);
        if (start < 0) throw notFound(`There is no node ${input.nodeId} in this case.`);
        end = start + 1;
        while (end < rows.length && rows[end]!.depth > rows[start]!.depth) end++;
      }
      const collapsed = new Set(input.collapsed);
      const shown = [];
      let hiddenBelow = Number.POSITIVE_INFINITY;
      for (const row of rows.slice(start, end)) {
        if (row.depth > hiddenBelow) continue;
        hiddenBelow = collapsed.has(row.id) ? row.depth : Number.POSITIVE_INFINITY;
        shown.push(row);
      }
      const root = input.nodeId === undefined ? undefined : rows[start]!;
      const layout = layoutMap(shown, input.direction ?? info.mapDirection, { maxLines: Number.POSITIVE_INFINITY });
      const caseTitle = info.title.trim() || 'Untitled case';
      const title = root
        ? `Argument map: ${root.title.trim() || '(untitled)'} (${caseTitle})`
        : `Argument map: ${caseTitle}`;
      // The case's title is cut, not the node's id: two subtrees of a long-titled case get two names.
      const stem =
        caseTitle
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, 64)
          .replace(/-+$/, '') || 'case';
      return {
        svg: mapToSvg(layout, { title, theme: input.theme }),
        fileName: `${stem}${root ? `-node-${root.id}` : ''}-map.svg`,
        nodes: layout.boxes.length,
        width: layout.width,
        height: layout.height,
      };
    },
  ),
};
