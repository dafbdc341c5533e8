/** Where a person is in a case: the node they have selected and, in its body, their selection (ProseMirror positions). */
export interface PresencePlace {
  nodeId: number | null;
  /** Set when the cursor is in the node's body. */
  field: 'body' | null;
  anchor: number | null;
  head: number | null;
}

/** A collaborator of a shared case, as every view shows them: their name on the server, a colour and where they are. */
export interface Collaborator extends PresencePlace {
  /** Their connection's number, the same on every replica while they stay connected. */
  clientId: number;
  name: string;
  initials: string;
  colour: string;
}

/** Colours dark enough for white initials, and far enough apart to tell a few people apart. */
const COLOURS = ['#b3261e', '#1d6fb8', '#2e7d32', '#8e24aa', '#c25e00', '#00796b', '#ad1457', '#5d4037', '#3949ab'];

/** A member's colour: the same for their name on every replica and every day. */
export function colourOf(name: string): string {
  let hash = 0;
  for (const character of name) hash = (hash * 31 + character.codePointAt(0)!) >>> 0;
  return COLOURS[hash % COLOURS.length]!;
}

/** Up to two letters for a marker: the first letters of the first and last words of a name. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]!][0]!;
  const last = words.length > 1 ? [...words.at(-1)!][0]! : '';
  return (first + last).toUpperCase();
}
