import type { ApiClient } from '../api/handlers';

/** Where a command writes: standard output and standard error. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export type Options = Record<string, string | boolean | undefined>;

/** A wrong command line: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

/** What a command is given: the arguments after its name, the options, the service API and where to write. */
export interface CommandInput {
  rest: string[];
  options: Options;
  api: ApiClient;
  io: Io;
}

/** One command of the CLI; it returns the exit code. */
export type Command = (input: CommandInput) => Promise<number>;

/** The positional argument at `index`, or a usage error naming `what` is missing. */
export function positional(rest: string[], index: number, what: string): string {
  const value = rest[index];
  if (value === undefined) throw new UsageError(`missing ${what}.`);
  return value;
}

/** Refuses arguments beyond the first `count`. */
export function noMore(rest: string[], count: number): void {
  if (rest.length > count) throw new UsageError(`unexpected argument "${rest[count]}".`);
}

/** The value of a string option, or undefined. */
export function stringOption(options: Options, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

/** Prints a value as indented JSON. */
export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** Opens the case file named by the first argument, refusing more than `maximum` arguments. */
export async function openCase(api: ApiClient, rest: string[], maximum: number): Promise<void> {
  const file = positional(rest, 0, 'the case file');
  noMore(rest, maximum);
  await api['case-open']({ path: file });
}
