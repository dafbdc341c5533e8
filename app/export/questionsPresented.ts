import type { DocumentNode } from '../interchange/documentSchema';
import type { LayoutBlock } from './documentLayout';
import { asQuestion } from './sentence';

/** The issues of a case in reading order, or its top-level claims when it has no issues. */
export function presentedIssues(nodes: readonly DocumentNode[]): DocumentNode[] {
  const issues: DocumentNode[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'issue') issues.push(node);
    else if (node.kind !== 'note') stack.push(...[...(node.children ?? [])].reverse());
  }
  return issues.length > 0 ? issues : nodes.filter((node) => node.kind === 'claim');
}

/** The questions presented: one numbered question per issue. */
export function questionsPresented(issues: readonly DocumentNode[]): LayoutBlock[] {
  if (issues.length === 0) {
    return [{ type: 'paragraph', content: [{ type: 'text', text: 'The case has no issues yet.' }] }];
  }
  return [
    {
      type: 'list',
      ordered: true,
      items: issues.map((issue) => [{ type: 'paragraph', content: [{ type: 'text', text: asQuestion(issue.title) }] }]),
    },
  ];
}
