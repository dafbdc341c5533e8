/** A box's size and how its text is set in it, shared by the screen and the exported map. */
export const BOX = {
  width: 220,
  padding: 10,
  kindSize: 11,
  kindBaseline: 16,
  titleSize: 13,
  titleBaseline: 34,
  lineHeight: 16,
  maxLines: 4,
  bottom: 14,
} as const;

/** Space between boxes side by side, and between layers. */
export const GAP = 24;
export const LAYER_GAP = 48;
/** Top-down, a node's leaves hang in a column this far in from its near edge. */
export const INDENT = 24;
