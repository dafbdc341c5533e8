import type * as z from 'zod';
import type { ApiContext } from './apiContext';

/** One method of the service API: a zod schema for its input and the function that runs it. */
export interface Method<Input extends z.ZodType, Output> {
  input: Input;
  run: (context: ApiContext, input: z.output<Input>) => Output | Promise<Output>;
}

/** Declares a method; its input is parsed with `input` before `run` sees it. */
export function method<Input extends z.ZodType, Output>(
  input: Input,
  run: (context: ApiContext, input: z.output<Input>) => Output | Promise<Output>,
): Method<Input, Output> {
  return { input, run };
}
