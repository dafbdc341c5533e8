import type { Editor, Range } from '@tiptap/core';
import Link from '@tiptap/extension-link';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'react';
import type { OutlineRow } from '../../app/api/views';
import { mergeBodies } from '../../app/body/mergeBodies';
import type { BodyDocument } from '../../app/body/types';
import { isSafeHref } from '../../app/body/types';
import { AUTHORITY_KEY_PATTERN } from '../../app/model/authorityKey';
import type { Authority } from '../../app/model/types';
import { requestAuthority } from '../panels/authorityRequest';
import { Citation } from './citation/citationNode';
import { type CollaboratorCaret, CollaboratorCarets } from './collaborators/collaboratorCarets';
import { CrossReference } from './crossReference/crossReferenceNode';
import { PickerList } from './picker/PickerList';
import { Picker, type PickerItem, type PickerView } from './picker/pickerExtension';
import { type Quotation, QuotationCommands } from './quotation/quotationExtension';
import { replaceContent } from './replaceContent';
import { showMerged } from './showMerged';
import { toBody } from './toBody';

interface BodyEditorProps {
  nodeId: number;
  body: BodyDocument;
  authorities: Authority[];
  rows: OutlineRow[];
  onChange: (body: BodyDocument) => void;
  onOpenNode: (nodeId: number) => void;
  /** Whether `body` may still replace what is shown in this node (nothing typed since it was loaded). */
  canReplace: (body: BodyDocument) => boolean;
  /** For a `body` that may not replace what is typed: the body the typing started from, to merge the two. */
  mergeBase?: (body: BodyDocument) => BodyDocument | undefined;
  /** Told that the editor shows `merged`: its text merged with the stored `body`. */
  onMerged?: (body: BodyDocument, merged: BodyDocument) => void;
  /** Told that the editor shows `body` as it was given (replacing its content, or already holding it). */
  onShown?: (body: BodyDocument) => void;
  /** Opens the source of the body's citation at `index` beside the editor. */
  onOpenSource?: (index: number) => void;
  /** Lets this editor take quotations from the source pane for its node; returns the function that stops it. */
  listenForQuotes?: (listener: (quotation: Quotation & { nodeId: number }) => boolean) => () => void;
  /** The collaborators' carets and selections in this body. */
  carets?: readonly CollaboratorCaret[];
  /** Told where this user's selection is while the body has the cursor, and null when it loses it. */
  onSelection?: (selection: { anchor: number; head: number } | null) => void;
}

/** The rich-text body of a node: headings, lists, emphasis, safe links, citations (`@`) and cross-references (`#`). */
export function BodyEditor({
  nodeId,
  body,
  authorities,
  rows,
  onChange,
  onOpenNode,
  canReplace,
  mergeBase,
  onMerged,
  onShown,
  onOpenSource,
  listenForQuotes,
  carets = NO_CARETS,
  onSelection,
}: BodyEditorProps) {
  const [picker, setPicker] = useState<PickerView | undefined>();
  const callbacks = { onChange, onOpenNode, canReplace, mergeBase, onMerged, onShown, onOpenSource, onSelection };
  const latest = useRef({ nodeId, authorities, rows, ...callbacks });
  latest.current = { nodeId, authorities, rows, ...callbacks };
  /** The authorities the citation chips show, brought up to date (and the chips redrawn) when they change. */
  const chipAuthorities = useRef(authorities);
  // The options are made once: new ones on a render make TipTap update the whole ProseMirror view, which every change
  // of the case (each title typed) would pay for. What they read that changes, they read from `latest`.
  const editorRef = useRef<Editor | null>(null);
  const [options] = useState(() => ({
    extensions: bodyExtensions(latest, chipAuthorities, editorRef, setPicker, onOpenSource !== undefined),
    content: body,
    editorProps: {
      attributes: { role: 'textbox', 'aria-label': 'Body', 'aria-multiline': 'true', class: 'body-editor' },
    },
    onUpdate: ({ editor: current }: { editor: Editor }) => latest.current.onChange(toBody(current.getJSON())),
    onSelectionUpdate: ({ editor: current }: { editor: Editor }) => {
      if (current.isFocused) latest.current.onSelection?.(current.state.selection);
    },
    onFocus: ({ editor: current }: { editor: Editor }) => latest.current.onSelection?.(current.state.selection),
    onBlur: () => latest.current.onSelection?.(null),
  }));
  const editor = useEditor(options);
  editorRef.current = editor;

  // Chips show the authorities as they are now: a new short title, a missing key that was added.
  useEffect(() => {
    chipAuthorities.current = authorities;
    if (editor && !editor.isDestroyed) editor.storage.citation.refresh();
  }, [editor, authorities]);

  // Another node, or a stored body that differs from what is shown (an undo, a redo, a change from elsewhere),
  // replaces the content; the body of this editor's own typing comes back equal and leaves the cursor alone. A
  // stored body that comes while the user types (a collaborator's paragraph) is merged into the typing.
  const shownNode = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const sameNode = shownNode.current === nodeId;
    shownNode.current = nodeId;
    if (!sameNode) editor.storage.quotation.placed = false;
    if (sameNode && !latest.current.canReplace(body)) {
      mergeStored(editor, body, latest.current);
      return;
    }
    if (!sameNode || JSON.stringify(toBody(editor.getJSON())) !== JSON.stringify(body)) {
      replaceContent(editor, body, sameNode);
    }
    latest.current.onShown?.(body);
  }, [editor, nodeId, body]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: again after the content was replaced, which drops them
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setCollaboratorCarets(carets);
  }, [editor, carets, nodeId, body]);

  useEffect(() => {
    if (!editor || !listenForQuotes) return;
    return listenForQuotes(({ nodeId: target, ...quotation }) => {
      if (target !== nodeId || editor.isDestroyed) return false;
      return editor.commands.insertQuotation(quotation);
    });
  }, [editor, nodeId, listenForQuotes]);

  return (
    <div className="body-field">
      <EditorContent editor={editor} />
      {picker && (
        <PickerList
          view={picker}
          label={picker.name === 'citationPicker' ? 'Cite authority' : 'Refer to node'}
          empty="No node matches."
        />
      )}
    </div>
  );
}

const NO_CARETS: readonly CollaboratorCaret[] = [];

/** Merges a stored body into what the user is typing, when the body it was typed from is known. */
function mergeStored(editor: Editor, body: BodyDocument, props: Pick<BodyEditorProps, 'mergeBase' | 'onMerged'>) {
  const base = props.mergeBase?.(body);
  if (!base) return;
  const merged = mergeBodies(base, toBody(editor.getJSON()), body);
  showMerged(editor, merged);
  props.onMerged?.(body, merged);
}

/** What the body editor reads when it runs, rather than when it was made. */
type Latest = React.RefObject<
  Pick<
    BodyEditorProps,
    | 'nodeId'
    | 'authorities'
    | 'rows'
    | 'onChange'
    | 'onOpenNode'
    | 'canReplace'
    | 'mergeBase'
    | 'onMerged'
    | 'onShown'
    | 'onOpenSource'
    | 'onSelection'
  >
>;

/** The body editor's extensions: its marks and nodes, citations (`@`), cross-references (`#`) and their pickers. */
function bodyExtensions(
  latest: Latest,
  chipAuthorities: React.RefObject<Authority[]>,
  editorRef: React.RefObject<Editor | null>,
  onView: (view: PickerView | undefined) => void,
  opensSources: boolean,
) {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: false,
    }),
    Link.configure({
      openOnClick: false,
      autolink: true,
      protocols: [],
      isAllowedUri: (url) => isSafeHref(url),
      shouldAutoLink: (url) => isSafeHref(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    }),
    Citation.configure({
      label: (key) => chipAuthorities.current.find((authority) => authority.key === key)?.short || key,
      known: (key) => chipAuthorities.current.some((authority) => authority.key === key),
      addAuthority: (key) => void requestAuthority({ key }),
      openSource: opensSources ? (index) => latest.current.onOpenSource?.(index) : undefined,
    }),
    QuotationCommands,
    CrossReference.configure({
      open: (id) => latest.current.onOpenNode(id),
      title: (id) => latest.current.rows.find((row) => row.id === id)?.title,
    }),
    Picker.extend({ name: 'citationPicker' }).configure({
      char: '@',
      items: (query) => authorityItems(latest.current.authorities, query),
      insert: (item, range) => {
        const editor = editorRef.current;
        if (!editor) return;
        if (item.id !== ADD_AUTHORITY) {
          editor.chain().focus().deleteRange(range).insertCitation(item.id).run();
          return;
        }
        void citeNewAuthority(editor, range);
      },
      onView,
    }),
    Picker.extend({ name: 'referencePicker' }).configure({
      char: '#',
      items: (query) => nodeItems(latest.current.rows, query, latest.current.nodeId),
      insert: (item, range) =>
        editorRef.current?.chain().focus().deleteRange(range).insertCrossReference(Number(item.id), item.label).run(),
      onView,
    }),
    CollaboratorCarets,
  ];
}

/** The id of the picker's last choice when no authority matches: "Add authority…". */
const ADD_AUTHORITY = '\u0000add-authority';

/**
 * Opens the "Add authority" form for what was typed after `@`, then cites the authority added in its place (or
 * where the cursor is, if the text moved meanwhile); on Cancel the typed text stays and the cursor returns to it.
 */
async function citeNewAuthority(editor: Editor, range: Range): Promise<void> {
  const typed = editor.state.doc.textBetween(range.from, range.to);
  const query = typed.slice(1).trim();
  const added = await requestAuthority(AUTHORITY_KEY_PATTERN.test(query) ? { key: query } : { title: query });
  if (editor.isDestroyed) return;
  const stillThere =
    range.to <= editor.state.doc.content.size && editor.state.doc.textBetween(range.from, range.to) === typed;
  if (!added) {
    editor.commands.focus(stillThere ? range.to : undefined);
    return;
  }
  const chain = editor.chain().focus(stillThere ? range.to : undefined);
  (stillThere ? chain.deleteRange(range) : chain).insertCitation(added.key).run();
}

function authorityItems(authorities: Authority[], query: string): PickerItem[] {
  const wanted = query.trim().toLowerCase();
  const found = authorities
    .filter((authority) =>
      [authority.key, authority.short, String(authority.csl.title ?? '')].some((text) =>
        text.toLowerCase().includes(wanted),
      ),
    )
    .slice(0, 12)
    .map((authority) => ({
      id: authority.key,
      label: authority.short || authority.key,
      detail: String(authority.csl.title ?? authority.key),
    }));
  if (found.length > 0) return found;
  return [
    {
      id: ADD_AUTHORITY,
      label: 'Add authority…',
      detail: query.trim() === '' ? 'a new source' : `“${query.trim()}” is not among the authorities`,
    },
  ];
}

function nodeItems(rows: OutlineRow[], query: string, self: number): PickerItem[] {
  const wanted = query.trim().toLowerCase();
  return rows
    .filter((row) => row.id !== self && row.title.toLowerCase().includes(wanted))
    .slice(0, 12)
    .map((row) => ({ id: String(row.id), label: row.title, detail: row.kind }));
}
