import { describe, expect, expectTypeOf, test } from 'vitest';
import { DESKTOP_METHOD_NAMES } from '../../app/api/desktopContract';
import { handlers, METHOD_NAMES, type MethodName } from '../../app/api/handlers';
import { API_METHOD_NAMES, type ApiMethodName } from '../../app/api/methodNames';

describe('the node-free list of method names', () => {
  test('is exactly the keys of the handlers: no method without a handler, no handler without a method', () => {
    expect([...API_METHOD_NAMES]).toEqual(Object.keys(handlers));
    expect([...API_METHOD_NAMES]).toEqual(METHOD_NAMES);
    expect(new Set(API_METHOD_NAMES).size).toBe(API_METHOD_NAMES.length);
    expectTypeOf<ApiMethodName>().toEqualTypeOf<MethodName>();
  });

  test('the desktop calls never share a name with a service method', () => {
    for (const name of DESKTOP_METHOD_NAMES) expect(API_METHOD_NAMES).not.toContain(name);
  });
});
