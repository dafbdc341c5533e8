import * as z from 'zod';
import { bodySchema } from '../body/bodySchema';
import { markdownToBody } from '../body/markdownToBody';
import { mergeBodies } from '../body/mergeBodies';
import { type BodyDocument, emptyBody } from '../body/types';
import { conflict, invalidInput, notFound } from '../model/errors';
import { fieldSchemas } from '../model/nodeFieldSchemas';
import { fieldsForKind, type NodeFields, newNodeFields, pickFields } from '../model/nodeFields';
import { kindUnder } from '../model/structure';
import { KINDS_WITH_SPEAKER } from '../model/types';
import type { CaseSession } from '../session/caseSession';
import { deleteSubtree, insertNode, loadBody, moveNode, nodePlace, updateBody, updateFields } from '../store/nodeStore';
import { requireSession } from './apiContext';
import { method } from './method';
import { nodeView, outlineRows } from './views';

const nodeId = () => z.number().int().positive();
const parentId = () => nodeId().nullable();
const addInput = () => {
  const { kind, ...fields } = fieldSchemas();
  return z.strictObject({
    parentId: parentId(),
    index: z.number().int().min(0).optional(),
    kind,
    ...z.object(fields).partial().shape,
    body: bodySchema.optional(),
    text: z.string().max(1_000_000).optional(),
  });
};

const updateInput = () => {
  const { kind, ...fields } = fieldSchemas();
  return z.strictObject({
    id: nodeId(),
    kind: kind.optional(),
    ...z.object(fields).partial().shape,
    body: bodySchema.optional(),
    baseBody: bodySchema.optional(),
  });
};

function existing(session: CaseSession, id: number) {
  const summary = session.summary(id);
  if (!summary) throw notFound(`There is no node ${id} in this case.`);
  return summary;
}

/**
 * Moves a node, in the caller's change, and gives it the kind that can stand under its new parent (`kindUnder`): an
 * issue indented under an issue becomes a claim. The fields that do not apply to its new kind are emptied.
 */
function placeNode(session: CaseSession, id: number, parentId: number | null, index: number): void {
  moveNode(session.database, id, parentId, index);
  const node = existing(session, id);
  const parentKind = parentId === null ? null : existing(session, parentId).kind;
  const kind = kindUnder(parentKind, node.kind);
  if (kind === node.kind) return;
  updateFields(session.database, id, fieldsForKind(pickFields(node), kind));
}

/** Refuses a speaker, minutes or difficulty on a kind that has none; a change of kind drops what the new kind lacks. */
function checkOralFields(fields: NodeFields, changes: Partial<NodeFields>): void {
  const speaks = KINDS_WITH_SPEAKER.includes(fields.kind);
  if (!speaks && (changes.speaker != null || changes.minutes != null)) {
    throw invalidInput(`A ${fields.kind} has no speaker or minutes: give them to its issue or claim.`);
  }
  if (fields.kind !== 'question' && changes.difficulty != null) {
    throw invalidInput(`Only a question has a difficulty, not a ${fields.kind}.`);
  }
  if (!speaks) Object.assign(fields, { speaker: null, minutes: null });
  if (fields.kind !== 'question') fields.difficulty = null;
}

/** The body to store for an edit typed from `base`: merged with what the stored body gained since. */
function bodyToStore(session: CaseSession, id: number, body: BodyDocument, base: BodyDocument | undefined) {
  const stored = base && loadBody(session.database, id);
  return stored ? mergeBodies(base, body, stored) : body;
}

function requireParent(session: CaseSession, id: number | null): void {
  if (id !== null) existing(session, id);
}

/** Whether `ancestorId` is `id` or above it. */
function isWithin(session: CaseSession, id: number | null, ancestorId: number): boolean {
  for (let current = id; current !== null; current = session.summary(current)?.parentId ?? null) {
    if (current === ancestorId) return true;
  }
  return false;
}

function siblingsOf(session: CaseSession, parent: number | null): number[] {
  return [...session.summaries().values()]
    .filter((node) => node.parentId === parent)
    .sort((left, right) => left.position - right.position)
    .map((node) => node.id);
}

export const nodeHandlers = {
  /** The outline: every node in reading order with its depth and status (`reasons`: and why it has it). */
  'outline-get': method(
    () => z.strictObject({ reasons: z.boolean().optional() }),
    (context, input) => outlineRows(requireSession(context), input.reasons === true),
  ),

  /** One node with its body. */
  'nodes-get': method(
    () => z.strictObject({ id: nodeId() }),
    (context, input) => nodeView(requireSession(context), input.id),
  ),

  /** Adds a node under `parentId` (null: top level) at `index` (default: last). */
  'nodes-add': method(addInput, (context, input) => {
    const session = requireSession(context);
    requireParent(session, input.parentId);
    const fields = newNodeFields(input.kind, input);
    checkOralFields(fields, input);
    const body = input.body ?? (input.text ? markdownToBody(input.text) : emptyBody());
    const id = session.change(`Add ${input.kind}`, () =>
      insertNode(session.database, input.parentId, input.index ?? Number.MAX_SAFE_INTEGER, fields, body),
    );
    return nodeView(session, id);
  }),

  /**
   * Changes a node's fields and/or body. Consecutive body edits of one node are one undo step. `baseBody` is the
   * stored body the new one was typed from: when the body has changed since (a collaborator, another window), the
   * two edits are merged block by block (`mergeBodies`) instead of the new body replacing the other's words.
   * Returns the node without its body or status, so that a keystroke costs no evaluation.
   */
  'nodes-update': method(updateInput, (context, input) => {
    const session = requireSession(context);
    const current = existing(session, input.id);
    const { id, body, baseBody, ...changes } = input;
    const fields = pickFields(current);
    Object.assign(fields, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
    checkOralFields(fields, changes);
    const fieldKeys = Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined);
    const titleOnly = fieldKeys.length === 1 && fieldKeys[0] === 'title' && body === undefined;
    const bodyOnly = fieldKeys.length === 0 && body !== undefined;
    const coalesceKey = bodyOnly ? `body:${id}` : titleOnly ? `title:${id}` : undefined;
    const label = bodyOnly ? 'Edit text' : titleOnly ? 'Edit title' : 'Edit node';
    session.change(
      label,
      () => {
        if (fieldKeys.length > 0) updateFields(session.database, id, fields);
        if (body !== undefined) updateBody(session.database, id, bodyToStore(session, id, body, baseBody));
      },
      coalesceKey,
    );
    return session.summary(id)!;
  }),

  /** Moves a node (with everything below it) under `parentId` at `index`. */
  'nodes-move': method(
    () => z.strictObject({ id: nodeId(), parentId: parentId(), index: z.number().int().min(0) }),
    (context, input) => {
      const session = requireSession(context);
      existing(session, input.id);
      requireParent(session, input.parentId);
      if (isWithin(session, input.parentId, input.id)) {
        throw conflict('A node cannot be moved into itself or below itself.');
      }
      session.change('Move node', () => placeNode(session, input.id, input.parentId, input.index));
      return nodeView(session, input.id);
    },
  ),

  /** Makes a node the last child of the sibling before it. */
  'nodes-indent': method(
    () => z.strictObject({ id: nodeId() }),
    (context, input) => {
      const session = requireSession(context);
      const node = existing(session, input.id);
      const siblings = siblingsOf(session, node.parentId);
      const index = siblings.indexOf(node.id);
      if (index <= 0) throw conflict('This node has no sibling before it to indent under.');
      const newParent = siblings[index - 1]!;
      session.change('Indent', () => placeNode(session, node.id, newParent, Number.MAX_SAFE_INTEGER));
      return nodeView(session, input.id);
    },
  ),

  /** Makes a node the next sibling of its parent. */
  'nodes-outdent': method(
    () => z.strictObject({ id: nodeId() }),
    (context, input) => {
      const session = requireSession(context);
      const node = existing(session, input.id);
      if (node.parentId === null) throw conflict('This node is already at the top level.');
      const parent = existing(session, node.parentId);
      session.change('Outdent', () => placeNode(session, node.id, parent.parentId, parent.position + 1));
      return nodeView(session, input.id);
    },
  ),

  /** Moves a node one place up or down among its siblings. */
  'nodes-reorder': method(
    () => z.strictObject({ id: nodeId(), direction: z.enum(['up', 'down']) }),
    (context, input) => {
      const session = requireSession(context);
      const node = existing(session, input.id);
      const place = nodePlace(session.database, node.id)!;
      const count = siblingsOf(session, node.parentId).length;
      const target = place.position + (input.direction === 'up' ? -1 : 1);
      if (target < 0 || target >= count) {
        throw conflict(`This node is already the ${input.direction === 'up' ? 'first' : 'last'} among its siblings.`);
      }
      session.change('Move node', () => moveNode(session.database, node.id, node.parentId, target));
      return nodeView(session, input.id);
    },
  ),

  /** Deletes a node and everything below it. */
  'nodes-delete': method(
    () => z.strictObject({ id: nodeId() }),
    (context, input) => {
      const session = requireSession(context);
      const node = existing(session, input.id);
      const deleted = session.change(`Delete ${node.kind}`, () => deleteSubtree(session.database, input.id));
      return { deleted };
    },
  ),
};
