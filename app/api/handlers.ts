import type * as z from 'zod';
import { authorityHandlers } from './authorityHandlers';
import { backupHandlers } from './backupHandlers';
import { caseHandlers } from './caseHandlers';
import { citecheckHandlers } from './citecheckHandlers';
import { collabHandlers } from './collabHandlers';
import { exportHandlers } from './exportHandlers';
import { fileHandlers } from './fileHandlers';
import { importHandlers } from './importHandlers';
import { interchangeHandlers } from './interchangeHandlers';
import { joinHandlers } from './joinHandlers';
import { mapHandlers } from './mapHandlers';
import type { Method } from './method';
import type { ApiMethodName } from './methodList';
import { nodeHandlers } from './nodeHandlers';
import { oralHandlers } from './oralHandlers';
import { searchHandlers } from './searchHandlers';
import { sourceHandlers } from './sourceHandlers';
import { templateHandlers } from './templateHandlers';
import { versionHandlers } from './versionHandlers';

/**
 * Every method of the service API, by name: the only way the UI and the CLI change a case. Exactly the service's
 * methods of `METHOD_LIST`; a name implemented twice or not declared there is refused when this module loads.
 */
export const handlers = joinHandlers(
  fileHandlers,
  backupHandlers,
  caseHandlers,
  nodeHandlers,
  authorityHandlers,
  searchHandlers,
  interchangeHandlers,
  importHandlers,
  templateHandlers,
  exportHandlers,
  versionHandlers,
  sourceHandlers,
  citecheckHandlers,
  oralHandlers,
  mapHandlers,
  collabHandlers,
) satisfies Record<ApiMethodName, Method<z.ZodType, unknown>>;

export type Handlers = typeof handlers;
export type MethodName = keyof Handlers;
export type MethodInput<Name extends MethodName> = z.input<ReturnType<Handlers[Name]['input']>>;
export type MethodOutput<Name extends MethodName> = Awaited<ReturnType<Handlers[Name]['run']>>;

/** The names of every method, for transports that register one handler per method. */
export const METHOD_NAMES = Object.keys(handlers) as MethodName[];

/** A typed client of the API, whatever the transport beneath it. */
export type ApiClient = { [Name in MethodName]: (input: MethodInput<Name>) => Promise<MethodOutput<Name>> };
