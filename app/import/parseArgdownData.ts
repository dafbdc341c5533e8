/** A value of an Argdown data block: YAML flow scalars, sequences and mappings. */
export type ArgdownValue = string | number | boolean | null | ArgdownValue[] | { [key: string]: ArgdownValue };

const MAX_NESTING = 20;

/**
 * Reads an Argdown data block (a YAML flow mapping such as `{kind: evidence, tags: ["a b"]}`)
 * starting at `start`, which must be `{`. Returns the mapping and the index after its `}`; throws a
 * plain `Error` saying what is wrong, for the caller to place on a line.
 */
export function parseArgdownData(text: string, start: number): { data: Record<string, ArgdownValue>; end: number } {
  const reader = new FlowReader(text, start);
  const data = reader.mapping(0);
  return { data, end: reader.index };
}

class FlowReader {
  constructor(
    private readonly text: string,
    public index: number,
  ) {}

  mapping(depth: number): Record<string, ArgdownValue> {
    this.expect('{', depth);
    const result: Record<string, ArgdownValue> = Object.create(null);
    this.skipSpace();
    if (this.peek() === '}') {
      this.index++;
      return result;
    }
    while (true) {
      this.skipSpace();
      const key = this.scalar(true);
      if (typeof key !== 'string' || key === '') throw this.fail('expected a field name');
      this.skipSpace();
      if (this.peek() !== ':') throw this.fail(`expected ":" after "${key}"`);
      this.index++;
      this.skipSpace();
      result[key] = this.value(depth);
      this.skipSpace();
      const next = this.peek();
      this.index++;
      if (next === '}') return result;
      if (next !== ',')
        throw this.fail(next === undefined ? 'the data block is not closed with "}"' : 'expected "," or "}"', -1);
    }
  }

  private sequence(depth: number): ArgdownValue[] {
    this.expect('[', depth);
    const result: ArgdownValue[] = [];
    this.skipSpace();
    if (this.peek() === ']') {
      this.index++;
      return result;
    }
    while (true) {
      this.skipSpace();
      result.push(this.value(depth));
      this.skipSpace();
      const next = this.peek();
      this.index++;
      if (next === ']') return result;
      if (next !== ',')
        throw this.fail(next === undefined ? 'a list is not closed with "]"' : 'expected "," or "]"', -1);
    }
  }

  private value(depth: number): ArgdownValue {
    const char = this.peek();
    if (char === '{') return this.mapping(depth + 1);
    if (char === '[') return this.sequence(depth + 1);
    return this.scalar(false);
  }

  private scalar(isKey: boolean): ArgdownValue {
    const char = this.peek();
    if (char === '"') return this.doubleQuoted();
    if (char === "'") return this.singleQuoted();
    const stop = isKey ? /[:,{}[\]]/ : /[,{}[\]]/;
    let raw = '';
    while (this.index < this.text.length && !stop.test(this.text[this.index]!)) raw += this.text[this.index++];
    raw = raw.trim();
    if (isKey) return raw;
    if (raw === '') throw this.fail('expected a value');
    if (/^(true|yes)$/i.test(raw)) return true;
    if (/^(false|no)$/i.test(raw)) return false;
    if (/^(null|~)$/i.test(raw)) return null;
    if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
    return raw;
  }

  private doubleQuoted(): string {
    const start = this.index;
    this.index++;
    while (this.index < this.text.length && this.text[this.index] !== '"') {
      this.index += this.text[this.index] === '\\' ? 2 : 1;
    }
    if (this.index >= this.text.length) throw this.fail('a quoted value is not closed with "', start - this.index);
    this.index++;
    try {
      return JSON.parse(this.text.slice(start, this.index)) as string;
    } catch {
      throw this.fail('a quoted value has an escape that is not valid', start - this.index);
    }
  }

  private singleQuoted(): string {
    const start = this.index;
    let value = '';
    this.index++;
    while (this.index < this.text.length) {
      const char = this.text[this.index]!;
      if (char === "'") {
        if (this.text[this.index + 1] !== "'") {
          this.index++;
          return value;
        }
        this.index++;
      }
      value += char;
      this.index++;
    }
    throw this.fail("a quoted value is not closed with '", start - this.index);
  }

  private expect(char: string, depth: number): void {
    if (depth > MAX_NESTING) throw this.fail(`data is nested more than ${MAX_NESTING} levels deep`);
    if (this.peek() !== char) throw this.fail(`expected "${char}"`);
    this.index++;
  }

  private peek(): string | undefined {
    return this.text[this.index];
  }

  private skipSpace(): void {
    while (this.index < this.text.length && /\s/.test(this.text[this.index]!)) this.index++;
  }

  private fail(message: string, offset = 0): Error {
    return new Error(`${message} (column ${Math.max(this.index + offset, 0) + 1})`);
  }
}
