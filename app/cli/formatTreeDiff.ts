import type { NodeDifference, TextEdit, TreeDiff } from '../versions/treeDiff';

const CONTEXT_WORDS = 6;

/** Word edits as text: [-deleted-]{+inserted+}, with long unchanged stretches shortened. */
export function formatEdits(edits: readonly TextEdit[]): string {
  return edits
    .map((edit, index) => {
      const text = edit.text.replace(/\s+/g, ' ');
      if (edit.op === 'insert') return `{+${text}+}`;
      if (edit.op === 'delete') return `[-${text}-]`;
      const words = text.split(' ');
      if (words.length <= CONTEXT_WORDS * 2) return text;
      const head = index === 0 ? [] : words.slice(0, CONTEXT_WORDS);
      const tail = index === edits.length - 1 ? [] : words.slice(-CONTEXT_WORDS);
      return [...head, '…', ...tail].join(' ');
    })
    .join('');
}

const show = (value: unknown) =>
  value === null ? '(none)' : Array.isArray(value) ? value.join(', ') || '(none)' : String(value);

function nodeLines(node: NodeDifference): string[] {
  const indent = '  '.repeat(node.depth);
  const name = `${node.kind} ${node.id} “${node.title}”`;
  if (node.change === 'added') return [`+ ${indent}${name}`];
  if (node.change === 'removed') return [`- ${indent}${name}`];
  const lines = [`~ ${indent}${name}`];
  const detail = (text: string) => lines.push(`  ${indent}  ${text}`);
  if (node.moved) {
    const where = (place: { parentId: number | null; index: number }) =>
      `${place.parentId === null ? 'top level' : `under ${place.parentId}`}, position ${place.index + 1}`;
    detail(`moved: from ${where(node.moved.from)} to ${where(node.moved.to)}`);
  }
  if (node.retitled) detail(`retitled: “${node.retitled.before}” → “${node.retitled.after}”`);
  for (const field of node.fields ?? []) detail(`${field.field}: ${show(field.before)} → ${show(field.after)}`);
  if (node.body) detail(`body: ${formatEdits(node.body.edits)}`);
  for (const citation of node.citations?.added ?? []) detail(`cites @${citation.key} ${citation.pinpoint}`.trimEnd());
  for (const citation of node.citations?.removed ?? [])
    detail(`no longer cites @${citation.key} ${citation.pinpoint}`.trimEnd());
  if (node.status) detail(`status: ${show(node.status.before)} → ${show(node.status.after)}`);
  return lines;
}

/** A tree diff as a reader would want it in a terminal. */
export function formatTreeDiff(diff: TreeDiff): string {
  const lines = [`Changes from ${diff.from} to ${diff.to}:`];
  for (const node of diff.nodes) lines.push(...nodeLines(node));
  for (const authority of diff.authorities) {
    const sign = authority.change === 'added' ? '+' : authority.change === 'removed' ? '-' : '~';
    const what = authority.fields ? ` (${authority.fields.join(', ')})` : '';
    lines.push(`${sign} authority @${authority.key} “${authority.short}”${what}`);
  }
  for (const change of diff.caseInfo)
    lines.push(`~ case ${change.field}: ${show(change.before)} → ${show(change.after)}`);
  const { added, removed, moved, edited, statusChanged } = diff.counts;
  if (lines.length === 1) lines.push('No changes.');
  else {
    lines.push(
      `${added} added, ${removed} removed, ${moved} moved, ${edited} edited, ${statusChanged} with another status; ${diff.authorities.length} authorities changed.`,
    );
  }
  return lines.join('\n');
}
