import type * as z from 'zod';
import type { ApiContext } from './apiContext';

/** One method of the service API: the zod schema of its input (built when first asked for) and the function that runs it. */
export interface Method<Input extends z.ZodType, Output> {
  input: () => Input;
  run: (context: ApiContext, input: z.output<Input>) => Output | Promise<Output>;
}

/**
 * Declares a method; its input is parsed with `input` before `run` sees it. `input` may be a function that builds the
 * schema: it runs on the method's first call, so that a command which only reads a case builds none at start.
 */
export function method<Input extends z.ZodType, Output>(
  input: Input | (() => Input),
  run: (context: ApiContext, input: z.output<Input>) => Output | Promise<Output>,
): Method<Input, Output> {
  let schema = typeof input === 'function' ? undefined : input;
  return { input: () => (schema ??= (input as () => Input)()), run };
}
