import { createRequire } from 'node:module';
import { bodyPlainText } from '../../app/body/bodyText';
import type { ArgdownReading } from '../../app/import/parseArgdown';

/**
 * What an Argdown reading holds, in terms both readers share: statements (by title; an untitled one as
 * `untitled`), arguments (by title), tags per titled element, and relations as `from -> to (type)` with
 * supports and attacks of every kind named `support` or `attack`, including the supports inside a
 * premise–conclusion structure (premises and intermediate conclusions to the argument, the argument to
 * its main conclusion).
 */
export interface ArgdownSummary {
  statements: string[];
  /** Each statement's text as `name: text`, whitespace collapsed, Markdown marks and links read as their text. */
  texts: string[];
  arguments: string[];
  tags: string[];
  relations: string[];
}

interface RefMember {
  type: string;
  title?: string;
  text?: string;
  isReference?: boolean;
  data?: { isCanonical?: boolean };
  argumentTitle?: string;
  tags?: string[];
}
interface RefRelation {
  from?: RefMember;
  to?: RefMember;
  relationType: string;
}
interface RefResponse {
  statements?: Record<string, RefMember & { members: RefMember[] }>;
  arguments?: Record<string, RefMember & { pcs: { title?: string; role: string }[] }>;
  relations?: RefRelation[];
  parserErrors?: unknown[];
  lexerErrors?: unknown[];
}
interface ArgdownCore {
  ArgdownApplication: new () => {
    addPlugin(plugin: unknown, processor: string): void;
    run(request: { input: string; process: string[]; logLevel: string; model: object }): RefResponse;
  };
  ParserPlugin: new () => unknown;
  DataPlugin: new () => unknown;
  ModelPlugin: new () => unknown;
}

const UNTITLED = /^Untitled \d+$/;
const SUPPORTS = new Set(['support', 'entails']);

/** `@argdown/core` 1.x reading text as `argdown json` does; undefined where the package is not installed. */
export function argdownReference(): ((text: string) => { errors: number; summary: ArgdownSummary }) | undefined {
  let core: ArgdownCore;
  try {
    core = createRequire(import.meta.url)('@argdown/core') as ArgdownCore;
  } catch {
    return undefined;
  }
  return (input) => {
    // A fresh application each time: the model plugin numbers untitled statements across runs.
    const application = new core.ArgdownApplication();
    application.addPlugin(new core.ParserPlugin(), 'parse-input');
    application.addPlugin(new core.DataPlugin(), 'build-model');
    application.addPlugin(new core.ModelPlugin(), 'build-model');
    // Relations as written: the model plugin's moving of an argument's relations to its conclusion is turned off.
    const response = application.run({
      input,
      process: ['parse-input', 'build-model'],
      logLevel: 'none',
      model: { transformArgumentRelations: false },
    });
    const errors = (response.parserErrors?.length ?? 0) + (response.lexerErrors?.length ?? 0);
    return { errors, summary: summariseReference(response) };
  };
}

function refName(member: RefMember | undefined): string {
  if (!member) return '?';
  if (member.type === 'argument') return UNTITLED.test(member.title ?? '') ? 'untitled argument' : `<${member.title}>`;
  if (member.type === 'inference') return `<${member.argumentTitle}>`;
  return UNTITLED.test(member.title ?? '') ? 'untitled' : `[${member.title}]`;
}

/** A statement's text as the reference keeps it: its last member that is not a bare reference (or one marked canonical). */
function canonicalText(members: readonly RefMember[]): string {
  const defined = members.filter((member) => !member.isReference);
  const member = defined.find((candidate) => candidate.data?.isCanonical) ?? defined[defined.length - 1];
  // The tags that end a statement stay in the reference's text; Casewright keeps them as the node's tags only.
  return plainStatementText((member?.text ?? '').replace(/(\s*#(\([^)]*\)|[^\s#()]+))+\s*$/u, ''));
}

/** Text with whitespace collapsed and Markdown emphasis marks and link targets dropped, as both readers' texts compare. */
function plainStatementText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(?=\S)([^*_]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function summariseReference(response: RefResponse): ArgdownSummary {
  const statementList = Object.values(response.statements ?? {});
  const statements = statementList.map((statement) => refName(statement));
  const texts = statementList.map((statement) => `${refName(statement)}: ${canonicalText(statement.members)}`);
  const argumentsList = Object.values(response.arguments ?? {});
  const tags: string[] = [];
  for (const element of [...Object.values(response.statements ?? {}), ...argumentsList]) {
    const name = refName(element);
    if (!name.startsWith('untitled')) for (const tag of element.tags ?? []) tags.push(`${name} #${tag}`);
  }
  const relations = (response.relations ?? []).map((relation) => {
    const type = SUPPORTS.has(relation.relationType) ? 'support' : 'attack';
    // A contradiction goes both ways; our reading places it as written, the second statement against the first.
    const [from, to] =
      relation.relationType === 'contradictory' ? [relation.to, relation.from] : [relation.from, relation.to];
    return `${refName(from)} -> ${refName(to)} (${type})`;
  });
  for (const argument of argumentsList) {
    const name = refName(argument);
    for (const statement of argument.pcs ?? []) {
      const member = refName({ type: 'statement', title: statement.title ?? 'Untitled 0' });
      relations.push(
        statement.role === 'main-conclusion' ? `${name} -> ${member} (support)` : `${member} -> ${name} (support)`,
      );
    }
  }
  return {
    statements: statements.sort(),
    texts: texts.sort(),
    arguments: argumentsList.map(refName).sort(),
    tags: tags.sort(),
    relations: relations.sort(),
  };
}

/** The same summary of our reading. */
export function summariseOurs(reading: ArgdownReading): ArgdownSummary {
  const names = new Map<string, string>();
  const statements: string[] = [];
  const texts: string[] = [];
  const argumentsList: string[] = [];
  const tags: string[] = [];
  for (const node of reading.graph.nodes) {
    const [type, ...rest] = node.id.split(' ');
    const title = rest.join(' ');
    const name =
      type === 'argument'
        ? `<${title}>`
        : type === 'statement'
          ? `[${title}]`
          : type === 'untitled-argument'
            ? 'untitled argument'
            : 'untitled';
    names.set(node.id, name);
    (type === 'argument' || type === 'untitled-argument' ? argumentsList : statements).push(name);
    if (type === 'statement' || type === 'untitled') {
      const body = node.body ? bodyPlainText(node.body) : '';
      texts.push(`${name}: ${plainStatementText(type === 'untitled' && body === '' ? node.title : body)}`);
    }
    if (!name.startsWith('untitled')) for (const tag of node.fields.tags ?? []) tags.push(`${name} #${tag}`);
  }
  const relations = reading.graph.relations.map(
    (relation) => `${names.get(relation.from)} -> ${names.get(relation.to)} (${relation.type})`,
  );
  return {
    statements: statements.sort(),
    texts: texts.sort(),
    arguments: argumentsList.sort(),
    tags: tags.sort(),
    relations: relations.sort(),
  };
}
