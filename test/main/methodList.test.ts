import { describe, expect, expectTypeOf, test } from 'vitest';
import * as z from 'zod';
import { handlers, METHOD_NAMES, type MethodName } from '../../app/api/handlers';
import { joinHandlers } from '../../app/api/joinHandlers';
import { HANDLER_GROUPS, loadHandler, METHOD_GROUPS } from '../../app/api/lazyHandlers';
import { method } from '../../app/api/method';
import {
  API_METHOD_NAMES,
  type ApiMethodName,
  DESKTOP_METHOD_NAMES,
  FILE_METHOD_NAMES,
  METHOD_LIST,
  PROGRESS_METHODS,
} from '../../app/api/methodList';

const anyMethod = method(z.strictObject({}), () => null);

describe('the method list: each method once, with its traits', () => {
  test('the service implements exactly its methods: none without a handler, no handler without a declaration', () => {
    expect([...API_METHOD_NAMES].sort()).toEqual(Object.keys(handlers).sort());
    expect(METHOD_NAMES).toHaveLength(API_METHOD_NAMES.length);
    expectTypeOf<ApiMethodName>().toEqualTypeOf<MethodName>();
  });

  test('the service loads each method from the group that implements it, the same handler as the joined map', async () => {
    for (const [group, load] of Object.entries(HANDLER_GROUPS)) {
      const declared = Object.entries(METHOD_GROUPS).filter(([, name]) => name === group);
      expect(Object.keys(await load()).sort(), group).toEqual(declared.map(([name]) => name).sort());
    }
    for (const name of METHOD_NAMES) expect(await loadHandler(name)).toBe(handlers[name]);
  });

  test('desktop-only methods are the preload’s, never the service’s', () => {
    expect(DESKTOP_METHOD_NAMES).toEqual([
      'desktop-save-export',
      'desktop-export-pdf',
      'desktop-citecheck-pdf',
      'desktop-open-shared',
    ]);
    for (const name of DESKTOP_METHOD_NAMES) expect(Object.keys(handlers)).not.toContain(name);
  });

  test('the fuzz and progress lists follow from the traits', () => {
    expect(FILE_METHOD_NAMES).toContain('case-open');
    expect(FILE_METHOD_NAMES).toContain('templates-delete');
    expect(FILE_METHOD_NAMES).not.toContain('nodes-add');
    expect(PROGRESS_METHODS.get('export-document')).toBe('export-progress');
    for (const progress of PROGRESS_METHODS.values()) expect(Object.keys(METHOD_LIST)).toContain(progress);
  });

  test('joining the handler maps refuses a method implemented twice', () => {
    expect(() => joinHandlers({ 'nodes-add': anyMethod }, { 'nodes-add': anyMethod })).toThrow(
      'The method "nodes-add" is implemented twice.',
    );
  });

  test('joining the handler maps refuses a method the list does not declare', () => {
    expect(() => joinHandlers({ 'nodes-add': anyMethod }, { 'nodes-drop': anyMethod })).toThrow(
      /"nodes-drop" is not declared in METHOD_LIST/,
    );
    expect(() => joinHandlers({ 'desktop-save-export': anyMethod })).toThrow(/not declared/);
  });
});
