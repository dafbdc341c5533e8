const LONGEST_QUOTE = 60;
const LOOSE_WHITESPACE = /\s\s|[^\S ]/;

/** Quotes text for a message on one line, shortened with an ellipsis past 60 characters. */
export function quote(text: string): string {
  let line = text.trim();
  if (LOOSE_WHITESPACE.test(line)) line = line.replace(/\s+/g, ' ');
  if (line.length > LONGEST_QUOTE)
    line = `${Array.from(line)
      .slice(0, LONGEST_QUOTE - 1)
      .join('')
      .trimEnd()}…`;
  return `“${line}”`;
}
