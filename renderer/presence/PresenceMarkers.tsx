import type { Collaborator } from '../../app/collab/presence';
import './presence.css';

/** How many markers a row shows before it counts the rest. */
const SHOWN = 3;

/** The collaborators on each node. */
export function collaboratorsByNode(collaborators: readonly Collaborator[]): ReadonlyMap<number, Collaborator[]> {
  const byNode = new Map<number, Collaborator[]>();
  for (const collaborator of collaborators) {
    if (collaborator.nodeId === null) continue;
    const present = byNode.get(collaborator.nodeId);
    if (present) present.push(collaborator);
    else byNode.set(collaborator.nodeId, [collaborator]);
  }
  return byNode;
}

/** What a node's accessible name adds for the people on it: ", with Ana Petrova and Ben Okafor". */
export function presenceLabel(present: readonly Collaborator[] | undefined): string {
  if (!present || present.length === 0) return '';
  const names = present.map((collaborator) => collaborator.name);
  const last = names.pop()!;
  return `, with ${names.length > 0 ? `${names.join(', ')} and ${last}` : last}`;
}

/** A row's markers of the people on its node: their initials on their colour, their names on hover. */
export function PresenceMarkers({ present }: { present: readonly Collaborator[] | undefined }) {
  if (!present || present.length === 0) return null;
  const hidden = present.length - SHOWN;
  return (
    <span className="presence-markers" aria-hidden="true">
      {present.slice(0, SHOWN).map((collaborator) => (
        <span
          key={collaborator.clientId}
          className="presence-marker"
          style={{ background: collaborator.colour }}
          title={`${collaborator.name} is here`}
        >
          {collaborator.initials}
        </span>
      ))}
      {hidden > 0 && (
        <span
          className="presence-marker more"
          title={present
            .slice(SHOWN)
            .map((collaborator) => collaborator.name)
            .join(', ')}
        >
          +{hidden}
        </span>
      )}
    </span>
  );
}
