import * as z from 'zod';
import { type Collaborator, colourOf, initialsOf } from './presence';

const position = z.number().int().min(0).max(10_000_000).nullable();

/** A collaborator's awareness state as it arrives from the server: anything, until this schema has read it. */
const remoteState = z.object({
  user: z.object({ name: z.string().min(1).max(100) }),
  place: z
    .object({
      node: z.string().max(100).nullable(),
      field: z.literal('body').nullable(),
      anchor: position,
      head: position,
    })
    .optional(),
});

/** The awareness state this replica shares: its member's name and where its user is (a node by its shared uid). */
export interface LocalPresenceState {
  user: { name: string };
  place: { node: string | null; field: 'body' | null; anchor: number | null; head: number | null };
}

/** A collaborator from their awareness state, their node given by its local id; undefined when the state is not one. */
export function collaboratorOf(
  clientId: number,
  state: unknown,
  idOf: (uid: string) => number | undefined,
): Collaborator | undefined {
  const parsed = remoteState.safeParse(state);
  if (!parsed.success) return undefined;
  const { user, place } = parsed.data;
  const nodeId = place?.node ? (idOf(place.node) ?? null) : null;
  const inBody = nodeId !== null && place?.field === 'body';
  return {
    clientId,
    name: user.name,
    initials: initialsOf(user.name),
    colour: colourOf(user.name),
    nodeId,
    field: inBody ? 'body' : null,
    anchor: inBody ? (place?.anchor ?? null) : null,
    head: inBody ? (place?.head ?? null) : null,
  };
}
