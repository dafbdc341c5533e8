import type { InlineNode } from '../body/types';
import type { LayoutInline } from './documentLayout';
import type { NoteCitation } from './footnoteWriter';

const SIGNALS = String.raw`(?:see also|see generally|see, e\.g\.,|see e\.g\.,?|but see|but cf\.?|see|cf\.?|compare|contra|accord|e\.g\.,?)`;
/** A signal that opens a sentence or follows punctuation, just before a citation: "…; see also [@x]". */
const SIGNAL_BEFORE = new RegExp(String.raw`(^|[.;:(]\s*)(${SIGNALS})\s+$`, 'i');
/** What may stand between two citations of one footnote: a separator and the next one's signal. */
const BETWEEN = new RegExp(String.raw`^\s*[;,]?\s*(?:(${SIGNALS})\s+)?$`, 'i');

/** Takes a signal off the end of the text before a citation, to go into its footnote. */
function takeSignal(out: LayoutInline[]): string | undefined {
  const last = out[out.length - 1];
  if (last?.type !== 'text') return undefined;
  const match = SIGNAL_BEFORE.exec(last.text);
  if (!match) return undefined;
  last.text = last.text.slice(0, match.index + match[1]!.length);
  if (last.text === '') out.pop();
  return match[2];
}

/**
 * The citations starting at `start` that go into one footnote: those side by side or apart only by a separator and
 * signals ("[@a]; see also [@b]"), with the signal before the first when the citations end the sentence or clause.
 * Returns them and the index after the last.
 */
export function citationGroup(
  nodes: readonly InlineNode[],
  start: number,
  out: LayoutInline[],
): { citations: NoteCitation[]; next: number } {
  const first = nodes[start]!;
  if (first.type !== 'citation') return { citations: [], next: start + 1 };
  const citations: NoteCitation[] = [{ key: first.attrs.key, pinpoint: first.attrs.pinpoint }];
  let index = start + 1;
  while (index < nodes.length) {
    const node = nodes[index]!;
    if (node.type === 'citation') {
      citations.push({ key: node.attrs.key, pinpoint: node.attrs.pinpoint });
      index++;
      continue;
    }
    const following = nodes[index + 1];
    const between = node.type === 'text' && !node.marks?.length ? BETWEEN.exec(node.text) : null;
    if (!between || following?.type !== 'citation') break;
    citations.push({
      key: following.attrs.key,
      pinpoint: following.attrs.pinpoint,
      ...(between[1] ? { signal: between[1] } : {}),
    });
    index += 2;
  }
  const after = nodes[index];
  const closes = after === undefined || (after.type === 'text' && /^\s*[.;:,)]/.test(after.text));
  const signal = closes ? takeSignal(out) : undefined;
  if (signal) citations[0]!.signal = signal;
  return { citations, next: index };
}
