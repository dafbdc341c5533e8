/** Where a scan of a data block stands: brackets open, the quote it is in, the last character that is not space. */
export interface DataScan {
  depth: number;
  quote: string | null;
  previous: string;
}

/**
 * Scans a line of Argdown `text` for a data block that goes on over the next lines: on from `state`, from the first unescaped `{` on when no data block is open yet, and returns how many
 * `{` and `[` are left open at its end (0 once the data block closes), quotes aside.
 */
export function scanData(text: string, state: DataScan): number {
  let { depth, quote, previous } = state;
  const done = (result: number) => {
    Object.assign(state, { depth: result, quote, previous });
    return result;
  };
  const unclosed = new Set<string>();
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '\\') {
      index++;
      continue;
    }
    if (depth === 0 && (char === '[' || char === '<') && !unclosed.has(char)) {
      // A title or link text in brackets is not data, whatever it holds.
      const close = closingBracket(text, index);
      if (close > 0) index = close;
      else unclosed.add(char); // Nothing later closes one either: no need to look again.
      continue;
    }
    if (depth === 0 && char !== '{') continue;
    if (quote) {
      if (char === quote) quote = null;
    } else if ((char === '"' || char === "'") && /^[{[,:]?$/.test(previous)) quote = char;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
    if (depth === 0) return done(0);
    if (!/\s/.test(char)) previous = char;
  }
  return done(depth);
}

/** The index of the `]` or `>` that closes the bracket at `start`, escapes aside; -1 when none does. */
function closingBracket(text: string, start: number): number {
  const close = text[start] === '[' ? ']' : '>';
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === close) return index;
  }
  return -1;
}
