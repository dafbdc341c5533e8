import type { Method } from './method';
import { API_METHOD_NAMES } from './methodList';

// biome-ignore lint/suspicious/noExplicitAny: a handler map's methods each have their own input and output
type HandlerMap = Record<string, Method<any, any>>;
type Joined<Maps extends readonly HandlerMap[]> = Maps extends readonly [
  infer First extends HandlerMap,
  ...infer Rest extends readonly HandlerMap[],
]
  ? First & Joined<Rest>
  : unknown;

/**
 * Joins the features' handler maps into one, refusing a method implemented twice (a spread would keep the last
 * silently) and one that the method list does not declare (it would have no traits and no preload entry).
 */
export function joinHandlers<const Maps extends readonly HandlerMap[]>(...maps: Maps): Joined<Maps> {
  const declared = new Set<string>(API_METHOD_NAMES);
  const joined: HandlerMap = {};
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (Object.hasOwn(joined, name)) throw new Error(`The method "${name}" is implemented twice.`);
      if (!declared.has(name))
        throw new Error(`The method "${name}" is not declared in METHOD_LIST (app/api/methodList.ts).`);
      joined[name] = handler;
    }
  }
  return joined as Joined<Maps>;
}
