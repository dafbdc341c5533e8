/**
 * A body's Markdown as it reads: a link as its words (`[imagery report](https://…)` as “imagery report”); citations
 * stay as `[@key, pinpoint]`, as the editor's source shows them. A link that an edit cuts in two stays as written.
 */
export function readingText(markdown: string): string {
  return markdown.replace(/\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))+\)/g, '$1');
}
