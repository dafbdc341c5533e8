import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BodyDocument } from '../../app/body/types';
import { fragmentToBody, writeBodyToFragment } from '../../app/collab/bodyFragment';

const BODY: BodyDocument = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Consent' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Both ' },
        { type: 'text', text: 'parties', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' agreed', marks: [{ type: 'link', attrs: { href: 'https://icj-cij.org' } }] },
        { type: 'citation', attrs: { key: 'nicaragua', pinpoint: 'para 12' } },
      ],
    },
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }],
    },
  ],
};

describe('a body as a collaborative fragment', () => {
  it('is what TipTap’s own reader (y-tiptap) reads back, and reads back as the same body', () => {
    const document = new Y.Doc();
    const fragment = document.getXmlFragment('body');
    document.transact(() => writeBodyToFragment(fragment, BODY));
    // y-tiptap gives a mark without attributes an empty `attrs`, as ProseMirror's schema would.
    const withoutEmptyAttrs = JSON.stringify(yXmlFragmentToProsemirrorJSON(fragment)).replaceAll(',"attrs":{}', '');
    expect(JSON.parse(withoutEmptyAttrs)).toEqual(BODY);
    expect(fragmentToBody(fragment)).toEqual(BODY);
  });

  it('changes only the paragraph that changed, so a concurrent edit of another one survives', () => {
    const left = new Y.Doc();
    const right = new Y.Doc();
    left.transact(() => writeBodyToFragment(left.getXmlFragment('body'), BODY));
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    const edited = (text: string, index: number): BodyDocument => {
      const content = structuredClone(BODY.content);
      content[index] = { type: 'paragraph', content: [{ type: 'text', text }] };
      return { type: 'doc', content };
    };
    left.transact(() => writeBodyToFragment(left.getXmlFragment('body'), edited('Left', 0)));
    right.transact(() => writeBodyToFragment(right.getXmlFragment('body'), edited('Right', 2)));
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    const merged = fragmentToBody(left.getXmlFragment('body'));
    expect(merged).toEqual(fragmentToBody(right.getXmlFragment('body')));
    expect(JSON.stringify(merged)).toContain('Left');
    expect(JSON.stringify(merged)).toContain('Right');
    expect(JSON.stringify(merged)).toContain('nicaragua');
  });

  it('keeps the text of what a client wrote outside the body schema, and nothing else', () => {
    const document = new Y.Doc();
    const fragment = document.getXmlFragment('body');
    const script = new Y.XmlElement('script');
    script.insert(0, [new Y.XmlText('alert(1)')]);
    fragment.insert(0, [script]);
    expect(fragmentToBody(fragment)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'alert(1)' }] }],
    });
  });
});
