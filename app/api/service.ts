import type * as z from 'zod';
import { CasewrightError, formatPath, invalidInput } from '../model/errors';
import type { ApiContext } from './apiContext';
import { type ApiClient, handlers, METHOD_NAMES, type MethodName } from './handlers';

export interface ServiceOptions {
  dataFolder: string;
  templatesFolder: string;
}

/** A serialisable error, as transports send it. */
export interface ApiErrorPayload {
  code: CasewrightError['code'];
  message: string;
  path?: string;
}

/** The service API over one context: `call` validates a method's input with its schema, then runs it. */
export class CaseService {
  readonly context: ApiContext;

  constructor(options: ServiceOptions) {
    this.context = { session: undefined, ...options };
  }

  /** Calls a method by name with an input that has not been checked yet. */
  async call(name: string, input: unknown): Promise<unknown> {
    if (!Object.hasOwn(handlers, name)) throw invalidInput(`There is no method "${name}".`);
    const handler = handlers[name as MethodName];
    const parsed = parseInput(name, handler.input, input);
    return (handler.run as (context: ApiContext, input: unknown) => unknown)(this.context, parsed);
  }

  /** A typed client that calls this service directly (the CLI, tests). */
  client(): ApiClient {
    const client: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const name of METHOD_NAMES) client[name] = (input) => this.call(name, input);
    return client as ApiClient;
  }

  close(): void {
    this.context.session?.close();
    this.context.session = undefined;
  }
}

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

/** Turns any thrown value into the payload a transport sends back. */
export function toErrorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof CasewrightError) {
    return error.path
      ? { code: error.code, message: error.message, path: error.path }
      : { code: error.code, message: error.message };
  }
  return { code: 'io', message: error instanceof Error ? error.message : String(error) };
}
