import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement for `text`, prepared once per connection. */
export function statement(database: Database.Database, text: string): Database.Statement {
  let cache = caches.get(database);
  if (!cache) {
    cache = new Map();
    caches.set(database, cache);
  }
  let prepared = cache.get(text);
  if (!prepared) {
    prepared = database.prepare(text);
    cache.set(text, prepared);
  }
  return prepared;
}
