import type { z } from 'zod';
import { authorityHandlers } from './authorityHandlers';
import { backupHandlers } from './backupHandlers';
import { caseHandlers } from './caseHandlers';
import { exportHandlers } from './exportHandlers';
import { fileHandlers } from './fileHandlers';
import { importHandlers } from './importHandlers';
import { interchangeHandlers } from './interchangeHandlers';
import { mapHandlers } from './mapHandlers';
import { nodeHandlers } from './nodeHandlers';
import { searchHandlers } from './searchHandlers';
import { templateHandlers } from './templateHandlers';

/** Every method of the service API, by name. The only way the UI and the CLI change a case. */
export const handlers = {
  ...fileHandlers,
  ...backupHandlers,
  ...caseHandlers,
  ...nodeHandlers,
  ...authorityHandlers,
  ...searchHandlers,
  ...interchangeHandlers,
  ...importHandlers,
  ...templateHandlers,
  ...exportHandlers,
  ...mapHandlers,
};

export type Handlers = typeof handlers;
export type MethodName = keyof Handlers;
export type MethodInput<Name extends MethodName> = z.input<Handlers[Name]['input']>;
export type MethodOutput<Name extends MethodName> = Awaited<ReturnType<Handlers[Name]['run']>>;

/** The names of every method, for transports that register one handler per method. */
export const METHOD_NAMES = Object.keys(handlers) as MethodName[];

/** A typed client of the API, whatever the transport beneath it. */
export type ApiClient = { [Name in MethodName]: (input: MethodInput<Name>) => Promise<MethodOutput<Name>> };
