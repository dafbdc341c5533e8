-- A shared case: where it lives, its Yjs updates (so that it opens and edits offline), each node's id in the shared
-- document, and the notices of conflicts decided for the user.
CREATE TABLE collab_link (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  url TEXT NOT NULL,
  name TEXT NOT NULL,
  token TEXT NOT NULL
);

CREATE TABLE collab_updates (
  seq INTEGER PRIMARY KEY,
  data BLOB NOT NULL
);

CREATE TABLE collab_nodes (
  uid TEXT PRIMARY KEY,
  node_id INTEGER NOT NULL UNIQUE
);

CREATE TABLE collab_notices (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  uid TEXT NOT NULL,
  message TEXT NOT NULL
);
