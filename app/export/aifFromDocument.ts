import type { CasewrightDocument, DocumentNode } from '../interchange/documentSchema';

/** An AIF JSON document as AIFdb and OVA write it. */
export interface AifDocument {
  nodes: { nodeID: string; text: string; type: 'I' | 'RA' | 'CA' }[];
  edges: { edgeID: string; fromID: string; toID: string }[];
  locutions: never[];
}

const SUPPORTING = new Set(['issue', 'claim', 'rule', 'evidence']);
const ATTACKING = new Set(['counter', 'response']);

/**
 * Writes a document as AIF JSON: an I-node (its title) for every node but notes, one RA node
 * ("Default Inference") per node with supporting children (premises I→RA, conclusion RA→I), or one
 * per supporting child for a node in `any` mode (each ground an argument of its own), and
 * a CA node ("Default Conflict") per counter or response (attacker I→CA→attacked I). AIF I-nodes
 * hold only text: kinds other than counter and response, fields and bodies are not written.
 */
export function aifFromDocument(document: CasewrightDocument): AifDocument {
  const aif: AifDocument = { nodes: [], edges: [], locutions: [] };
  const addNode = (text: string, type: 'I' | 'RA' | 'CA') => {
    const nodeID = String(aif.nodes.length + 1);
    aif.nodes.push({ nodeID, text, type });
    return nodeID;
  };
  const addEdge = (fromID: string, toID: string) => {
    aif.edges.push({ edgeID: String(aif.edges.length + 1), fromID, toID });
  };
  const inodes = new Map<DocumentNode, string>();
  const order: DocumentNode[] = [];
  const stack = [...(document.nodes ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'note' || node.kind === 'question') continue;
    inodes.set(node, addNode(node.title, 'I'));
    order.push(node);
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  for (const node of order) {
    const conclusion = inodes.get(node)!;
    const children = (node.children ?? []).filter((child) => inodes.has(child));
    const premises = children.filter((child) => SUPPORTING.has(child.kind));
    // In `all` mode the grounds together make one argument (one RA); in `any` mode each ground is an argument of its own.
    const groups = node.mode === 'any' ? premises.map((premise) => [premise]) : premises.length > 0 ? [premises] : [];
    for (const group of groups) {
      const inference = addNode('Default Inference', 'RA');
      for (const premise of group) addEdge(inodes.get(premise)!, inference);
      addEdge(inference, conclusion);
    }
    for (const attacker of children.filter((child) => ATTACKING.has(child.kind))) {
      const conflict = addNode('Default Conflict', 'CA');
      addEdge(inodes.get(attacker)!, conflict);
      addEdge(conflict, conclusion);
    }
  }
  return aif;
}
