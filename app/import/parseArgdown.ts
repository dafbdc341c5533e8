import { bodyPlainText } from '../body/bodyText';
import { argdownTextToBody } from './argdownTextToBody';
import { escapeExcessMarkup } from './escapeExcessMarkup';
import type { ArgumentGraph, GraphNode, GraphRelation, NodeFields } from './graphToNodes';
import {
  type ArgdownElement,
  type ArgdownText,
  argdownSyntaxError,
  readArgdownElement,
  readArgdownText,
} from './readArgdownElement';
import { readArgdownFields } from './readArgdownFields';
import { stripArgdownComments } from './stripArgdownComments';

const RELATION = /^(<\+|\+>|<-|->|<_|_>|><|\+|-)(?:\s+|(?=[[<]))/;
const NUMBERED = /^\((\d{1,9})\)\s+/;
const HEADING = /^#{1,6}(\s|$)/;
/** A list item (`* item`, `1. item`): each is a statement of its own, as in Argdown. */
const LIST_ITEM = /^(?:\*|\d{1,9}\.)\s+/;
/** A Markdown link (`[text](url)`), which is text even at the start of a line. */
const LINK = /^\[[^\]]*\]\(/;
const RULE_LINE = /^(={3,}|-{3,})\s*$/;
const INFERENCE = /^--/;
/** An inference line that is complete in itself: `----`, `-- Modus ponens --`. */
const INFERENCE_CLOSED = /^-{3,}\s*$|^--.*\S.*--\s*$/;
/** The line that closes an inference opened by `--` alone (or `-- rule` without its closing `--`). */
const INFERENCE_END = /--\s*$/;
const INCOMING: Record<string, GraphRelation['type']> = { '+': 'support', '<+': 'support' };
const OUTGOING: Record<string, GraphRelation['type']> = { '+>': 'support', '->': 'attack', '_>': 'attack' };
const LONGEST_UNTITLED = 300;

interface Entry {
  id: string;
  type: ArgdownElement['type'];
  argdownTitle: string;
  text: string | undefined;
  kind: GraphNode['kind'];
  title: string | undefined;
  fields: NodeFields;
  tags: string[];
  line: number;
  /** For an argument made for a premise–conclusion structure with no `<Title>` above it: its conclusion. */
  conclusionOf?: string | undefined;
}

interface PremiseConclusion {
  /** The argument above the structure, or null until its first statement makes an untitled one. */
  argumentId: string | null;
  statements: { id: string; inferencesBefore: number; line: number }[];
  inferences: number;
}

/** Argdown text read into statements, arguments and their relations, plus what was skipped. */
export interface ArgdownReading {
  graph: ArgumentGraph;
  warnings: string[];
}

/**
 * Reads the Argdown subset Casewright understands: `[statements]` and `<arguments>` with text,
 * `#tags` and `{data}`; indented relation trees (`+ - <+ <- +> -> _> <_ ><`); premise–conclusion
 * structures (`(1) …`, `----`); headings, front matter and comments are skipped. A line it cannot
 * read is an error naming the line.
 */
export function parseArgdown(source: string): ArgdownReading {
  const { lines, commentOnly } = stripArgdownComments(source);
  const entries = new Map<string, Entry>();
  const relations: GraphRelation[] = [];
  const warnings: string[] = [];
  const unknownFields = new Set<string>();
  let untitledCount = 0;
  let untitledArguments = 0;

  /** Records an element; `continues` says whether lines that continue its text belong to the text kept. */
  const occurrence = (element: ArgdownElement, line: number): { id: string; continues: boolean } => {
    const key = element.type === 'untitled' ? `untitled ${++untitledCount}` : `${element.type} ${element.title}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = {
        id: key,
        type: element.type,
        argdownTitle: element.title,
        text: undefined,
        kind: undefined,
        title: undefined,
        fields: {},
        tags: [],
        line,
      };
      entries.set(key, entry);
    }
    const continues = entry.text === undefined || element.text.words !== '';
    addText(entry, element.text, line, false);
    return { id: entry.id, continues };
  };

  const addText = (entry: Entry, text: ArgdownText, line: number, continues: boolean) => {
    if (text.words !== '') {
      if (entry.text === undefined) entry.text = text.words;
      else if (continues) entry.text = `${entry.text} ${text.words}`;
      else if (entry.text !== text.words) {
        // As in Argdown, the last text given is the statement's (its canonical member).
        entry.text = text.words;
        warnings.push(
          `Argdown: line ${line}: ${label(entry)} is given another text here; this one is kept, as Argdown keeps the last.`,
        );
      }
    }
    for (const tag of text.tags) addTag(entry, tag, line);
    if (!text.data) return;
    const read = readArgdownFields(text.data, `line ${line}`);
    for (const field of read.unknown) unknownFields.add(field);
    const merge = <T>(name: string, current: T | undefined, next: T | undefined): T | undefined => {
      if (current !== undefined && next !== undefined && JSON.stringify(current) !== JSON.stringify(next)) {
        throw argdownSyntaxError(line, `${label(entry)} was given another ${name} before`);
      }
      return next ?? current;
    };
    entry.kind = merge('kind', entry.kind, read.kind);
    entry.title = merge('title', entry.title, read.title);
    for (const [field, value] of Object.entries(read.fields) as [keyof NodeFields, unknown][]) {
      if (field !== 'tags') {
        (entry.fields as Record<string, unknown>)[field] = merge(field, entry.fields[field], value);
        continue;
      }
      for (const tag of value as string[]) addTag(entry, tag, line);
    }
  };

  const relate = (symbol: string, parentId: string, childId: string, line: number) => {
    const where = `line ${line}`;
    const outgoing = OUTGOING[symbol];
    if (outgoing) relations.push({ from: parentId, to: childId, type: outgoing, where });
    else relations.push({ from: childId, to: parentId, type: INCOMING[symbol] ?? 'attack', where });
  };

  let structure: PremiseConclusion | null = null;
  let inferenceOpenedAt: number | null = null;
  const finishPremiseConclusion = () => {
    if (!structure) return;
    const { argumentId, inferences: last, statements } = structure;
    structure = null;
    if (argumentId === null) return;
    for (const statement of statements) {
      const where = `line ${statement.line}`;
      if (last > 0 && statement.inferencesBefore === last) {
        relations.push({ from: argumentId, to: statement.id, type: 'support', where });
        const argument = entries.get(argumentId)!;
        if (argument.conclusionOf === '') argument.conclusionOf = statement.id;
      } else relations.push({ from: statement.id, to: argumentId, type: 'support', where });
    }
  };

  let stack: { indent: number; id: string }[] = [];
  let continuing: { id: string; continues: boolean } | null = null;
  let inHeading = false;
  for (let index = skipFrontMatter(lines); index < lines.length; index++) {
    const line = index + 1;
    if (commentOnly[index]) continue; // Argdown reads past a comment as if it were not there.
    let raw = lines[index]!;
    const data = { depth: 0, quote: null, previous: '' };
    if (inferenceOpenedAt === null && scanData(raw, data) > 0) {
      // A data block written over several lines (`{sources: [` … `]}`) is read as one line.
      let last = index;
      while (data.depth > 0 && last + 1 < lines.length && lines[last + 1]!.trim() !== '') {
        last++;
        if (commentOnly[last]) continue;
        const next = lines[last]!.trim();
        raw = `${raw} ${next}`;
        scanData(` ${next}`, data);
      }
      index = last;
    }
    const content = raw.trimStart();
    const offset = raw.length - content.length;
    const indent = measureIndent(raw.slice(0, offset));
    if (inferenceOpenedAt !== null) {
      // The rules and data of an inference written over several lines, up to its closing `--`.
      if (NUMBERED.test(content))
        throw argdownSyntaxError(
          line,
          `a premise or conclusion starts inside the inference opened on line ${inferenceOpenedAt}; close the inference with "--" first`,
        );
      if (INFERENCE_END.test(content)) inferenceOpenedAt = null;
      continue;
    }
    if (content.trimEnd() === '') {
      continuing = null;
      inHeading = false;
      // A blank line ends a premise–conclusion structure once it has its conclusion.
      const lastStatement = structure?.statements[structure.statements.length - 1];
      if (structure && structure.inferences > 0 && lastStatement?.inferencesBefore === structure.inferences)
        finishPremiseConclusion();
      continue;
    }
    if (inHeading) continue; // A heading runs on to the next blank line.
    if (HEADING.test(content) || content.startsWith('===')) {
      finishPremiseConclusion();
      stack = [];
      continuing = null;
      if (!HEADING.test(content) && !RULE_LINE.test(content))
        throw argdownSyntaxError(line, 'a line starting with "===" that Argdown does not know');
      inHeading = HEADING.test(content);
      continue;
    }
    if (structure && structure.statements.length > 0 && INFERENCE.test(content)) {
      structure.inferences++;
      continuing = null;
      if (!INFERENCE_CLOSED.test(content.trimEnd())) inferenceOpenedAt = line;
      continue;
    }
    if (RULE_LINE.test(content)) {
      continuing = null;
      continue;
    }
    const numbered = NUMBERED.exec(content);
    if (numbered) {
      if (!structure) {
        structure = { argumentId: null, statements: [], inferences: 0 };
      }
      if (structure.argumentId === null) {
        // A premise–conclusion structure with no <Title> above it is an argument of its own, as in Argdown.
        const key = `untitled-argument ${++untitledArguments}`;
        entries.set(key, {
          id: key,
          type: 'argument',
          argdownTitle: `Untitled argument ${untitledArguments}`,
          text: undefined,
          kind: undefined,
          title: undefined,
          fields: {},
          tags: [],
          line,
          conclusionOf: '',
        });
        structure.argumentId = key;
      }
      const read = occurrence(readArgdownElement(raw, offset + numbered[0].length, line), line);
      structure.statements.push({ id: read.id, inferencesBefore: structure.inferences, line });
      stack = [{ indent, id: read.id }];
      continuing = read;
      continue;
    }
    const relation = RELATION.exec(content);
    if (relation) {
      const symbol = relation[1]!;
      while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent)
        throw argdownSyntaxError(line, `the relation "${symbol}" has no statement or argument above it to relate to`);
      const start = offset + relation[0].length;
      if (raw.slice(start).trim() === '')
        throw argdownSyntaxError(line, `the relation "${symbol}" needs a statement or argument after it`);
      const read = occurrence(readArgdownElement(raw, start, line), line);
      relate(symbol, parent.id, read.id, line);
      stack.push({ indent, id: read.id });
      continuing = read;
      continue;
    }
    const listItem = LIST_ITEM.exec(content);
    if (continuing && !listItem && ((content[0] !== '[' && content[0] !== '<') || LINK.test(content))) {
      // A line that goes on with the text above, however far it is indented, as in Argdown. When that text was
      // not kept (a statement given a second text), neither are the lines that continue it.
      const text = readArgdownText(raw, offset, line);
      addText(entries.get(continuing.id)!, continuing.continues ? text : { ...text, words: '' }, line, true);
      continue;
    }
    finishPremiseConclusion();
    const start = offset + (listItem?.[0].length ?? 0);
    const element = LINK.test(raw.slice(start))
      ? { type: 'untitled' as const, title: '', text: readArgdownText(raw, start, line) }
      : readArgdownElement(raw, start, line);
    const read = occurrence(element, line);
    stack = [{ indent, id: read.id }];
    continuing = read;
    if (element.type === 'argument') structure = { argumentId: read.id, statements: [], inferences: 0 };
  }
  if (inferenceOpenedAt !== null)
    throw argdownSyntaxError(inferenceOpenedAt, 'the inference opened with "--" here is never closed with "--"');
  finishPremiseConclusion();
  if (unknownFields.size > 0) {
    warnings.push(`Argdown: data fields Casewright does not use were skipped: ${[...unknownFields].join(', ')}.`);
  }
  const nodes = [...entries.values()].map((entry) => toGraphNode(entry, warnings));
  const titles = new Map(nodes.map((node) => [node.id, node.title]));
  for (const node of nodes) {
    const conclusion = entries.get(node.id)!.conclusionOf;
    if (conclusion && node.title === entries.get(node.id)!.argdownTitle)
      node.title = `Argument for: ${titles.get(conclusion)}`;
  }
  return { graph: { nodes, relations }, warnings };
}

function toGraphNode(entry: Entry, warnings: string[]): GraphNode {
  const where = `line ${entry.line}`;
  if ((entry.text?.length ?? 0) > 1_000_000)
    throw argdownSyntaxError(entry.line, 'the text is longer than 1,000,000 characters');
  const fields: NodeFields = entry.tags.length > 0 ? { ...entry.fields, tags: entry.tags } : entry.fields;
  const text = escapeExcessMarkup(entry.text ?? '');
  if (text.escaped)
    warnings.push(`Argdown: ${where}: the text has too many * _ [ marks to read; they are kept as characters.`);
  let body = argdownTextToBody(text.markdown);
  let title = entry.title ?? entry.argdownTitle;
  if (entry.type === 'untitled' && entry.title === undefined) {
    const plain = bodyPlainText(body).replace(/\s+/g, ' ').trim();
    title = plain.length <= LONGEST_UNTITLED ? plain : `${plain.slice(0, 200).replace(/\s+\S*$/, '')}…`;
    const onlyText = body.content.every((block) => block.type === 'paragraph' && isPlain(block.content));
    if (title === plain && onlyText) body = { type: 'doc', content: [] };
  }
  return { id: entry.id, title, kind: entry.kind, fields, body, where };
}

function label(entry: Entry): string {
  return entry.type === 'untitled' ? `the statement of line ${entry.line}` : `"${entry.argdownTitle}"`;
}

function addTag(entry: Entry, tag: string, line: number): void {
  if (entry.tags.includes(tag)) return;
  if (entry.tags.length >= 100) throw argdownSyntaxError(line, `${label(entry)} has more than 100 tags`);
  entry.tags.push(tag);
}

function isPlain(content: readonly { type: string; marks?: unknown[] }[] | undefined): boolean {
  return (content ?? []).every((node) => node.type === 'text' && (node.marks?.length ?? 0) === 0);
}

/** Where a scan of a data block stands: brackets open, the quote it is in, the last character that is not space. */
interface DataScan {
  depth: number;
  quote: string | null;
  previous: string;
}

/**
 * Scans `text` on from `state`, from the first unescaped `{` on when no data block is open yet, and returns how many
 * `{` and `[` are left open at its end (0 once the data block closes), quotes aside.
 */
function scanData(text: string, state: DataScan): number {
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

function skipFrontMatter(lines: string[]): number {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || lines[first]!.trim() !== '===') return 0;
  for (let index = first + 1; index < lines.length; index++) if (lines[index]!.trim() === '===') return index + 1;
  throw argdownSyntaxError(first + 1, 'the front matter opened with "===" is never closed with "==="');
}

function measureIndent(whitespace: string): number {
  let width = 0;
  for (const char of whitespace) width += char === '\t' ? 4 - (width % 4) : 1;
  return width;
}
