import type * as z from 'zod';
import { formatPath, invalidInput } from '../model/errors';
import { type CasewrightDocument, documentSchemas, MAX_DEPTH } from './documentSchema';

/**
 * Parses and validates a `casewright/1` document (JSON text or an already parsed value). Throws an
 * `invalid_input` error whose message names the JSON path of the first problem.
 */
export function parseDocument(input: string | unknown, source = 'document'): CasewrightDocument {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw invalidInput(`${source} is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidInput(`${source} is not a Casewright document: expected a JSON object with "format": "casewright".`);
  }
  const record = value as Record<string, unknown>;
  if (record.format !== 'casewright') {
    throw invalidInput(`${source} is not a Casewright document: "format" must be "casewright".`, 'format');
  }
  if (record.version !== 1) {
    throw invalidInput(
      `${source} has version ${JSON.stringify(record.version)}; this version of Casewright reads version 1.`,
      'version',
    );
  }
  checkDepth(record.nodes, source);
  const result = documentSchemas().documentSchema.safeParse(value, { reportInput: true });
  if (!result.success) throw describeIssue(result.error.issues[0]!, source);
  const keys = new Set<string>();
  for (const [index, authority] of (result.data.authorities ?? []).entries()) {
    if (keys.has(authority.key)) {
      throw invalidInput(
        `${source}: authorities[${index}].key: the key "${authority.key}" is used twice`,
        `authorities[${index}].key`,
      );
    }
    keys.add(authority.key);
  }
  return result.data;
}

function checkDepth(nodes: unknown, source: string): void {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: nodes, depth: 0, path: 'nodes' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (!Array.isArray(value)) continue;
    if (depth >= MAX_DEPTH) {
      throw invalidInput(`${source}: ${path}: nodes are nested more than ${MAX_DEPTH} levels deep`, path);
    }
    value.forEach((child, index) => {
      if (typeof child === 'object' && child !== null) {
        const childPath = `${path}[${index}].children`;
        stack.push({ value: (child as Record<string, unknown>).children, depth: depth + 1, path: childPath });
      }
    });
  }
}

/** Turns a zod issue into a message that names the JSON path and says what was expected. */
export function describeIssue(issue: z.core.$ZodIssue, source: string) {
  let path = [...issue.path];
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    path = [...path, issue.keys[0]!];
    message = `unknown field "${issue.keys[0]}"`;
  } else if (issue.code === 'invalid_value' && 'input' in issue) {
    const allowed = issue.values.map((value) => JSON.stringify(value)).join(', ');
    message = `${JSON.stringify(issue.input)} is not allowed; expected one of ${allowed}`;
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    message = `missing (expected ${issue.expected})`;
  } else if (issue.code === 'invalid_union' && 'input' in issue) {
    const type = (issue.input as { type?: unknown } | null)?.type;
    message = type === undefined ? 'not a valid value here' : `unknown or invalid ${JSON.stringify(type)} element`;
  }
  const where = formatPath(path);
  return invalidInput(`${source}: ${where || '(top level)'}: ${message}`, where);
}
