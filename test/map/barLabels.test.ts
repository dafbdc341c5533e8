import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../app/map/mapLayout';
import { textWidth } from '../../app/map/textWidth';
import { ASCENT, DESCENT, LABEL_LINE_PX, placeBarLabels } from '../../renderer/map/barLabels';
import { SHORT_TEXT_PX } from '../../renderer/map/boxForm';
import { labelSpans } from '../../renderer/map/mapGeometry';
import { sampleNodes } from './sampleNodes';

const meet = (
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the labels beside bars', () => {
  const nodes = sampleNodes();
  const layout = layoutMap(nodes, 'down', { ratio: 1 });
  const spans = labelSpans(layout);
  const titles = new Map(nodes.map((node) => [node.id, node.title]));

  it.each([0.03, 0.06, 0.1, 0.15, 0.25])(
    'at scale %s meet no other label, a claim’s no other box, and begin their title',
    (scale) => {
      const labels = placeBarLabels(layout.boxes, scale, spans, 24, layout);
      const rects = labels.map((label) => ({
        id: label.id,
        left: label.x,
        top: label.y - ASCENT,
        right: label.x + Math.max(...label.lines.map((line) => textWidth(line, SHORT_TEXT_PX, true))),
        bottom: label.y + (label.lines.length - 1) * LABEL_LINE_PX + DESCENT,
      }));
      for (const [index, rect] of rects.entries()) {
        for (const other of rects.slice(index + 1)) expect(meet(rect, other), `${rect.id} / ${other.id}`).toBe(false);
        expect(rect.left).toBeGreaterThanOrEqual(0);
        expect(rect.right).toBeLessThanOrEqual(layout.width * scale + 0.01);
        const shown = labels[index]!.lines.join(' ').replace(/…$/, '');
        expect(titles.get(rect.id)!.replace(/\s+/g, ' ')).toContain(
          shown.replace(/\s+/g, ' ').split(' ').slice(0, -1).join(' '),
        );
        const box = layout.boxes.find((box) => box.node.id === rect.id)!;
        if (box.node.kind !== 'claim') continue;
        for (const other of layout.boxes) {
          if (other === box) continue;
          const frame = {
            left: other.x * scale,
            top: other.y * scale,
            right: (other.x + other.width) * scale,
            bottom: (other.y + other.height) * scale,
          };
          expect(meet(rect, frame), `claim ${rect.id}'s label on box ${other.node.id}`).toBe(false);
        }
      }
    },
  );

  it.each([
    ['top-down', 0.1],
    ['left to right', 0.08],
  ] as const)(
    'give every issue a label of three words or more when the whole case is fitted %s',
    (direction, scale) => {
      const issues = nodes.filter((node) => node.kind === 'issue');
      const down = direction === 'top-down';
      const laidOut = down ? layout : layoutMap(nodes, 'right', { ratio: 1 });
      const labels = placeBarLabels(laidOut.boxes, scale, labelSpans(laidOut), down ? 24 : 48, laidOut);
      for (const issue of issues) {
        const label = labels.find((label) => label.id === issue.id);
        expect(label, issue.title).toBeDefined();
        expect(label!.lines.join(' ').split(' ').length).toBeGreaterThanOrEqual(3);
      }
    },
  );
});
