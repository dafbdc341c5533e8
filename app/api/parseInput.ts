import type * as z from 'zod';
import { formatPath, invalidInput } from '../model/errors';

/** Parses a method's unchecked input with its schema, or throws `invalid_input` naming the first problem's path. */
export function parseInput<Schema extends z.ZodType>(name: string, schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path =
    issue.code === 'unrecognized_keys' ? formatPath([...issue.path, issue.keys[0]!]) : formatPath(issue.path);
  const message = issue.code === 'unrecognized_keys' ? `unknown field "${issue.keys[0]}"` : issue.message;
  throw invalidInput(`${name}: ${path || 'input'}: ${message}`, path);
}
