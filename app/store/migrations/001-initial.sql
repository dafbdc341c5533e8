CREATE TABLE case_info (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL DEFAULT '',
  forum TEXT NOT NULL DEFAULT '',
  applicant TEXT NOT NULL DEFAULT '',
  respondent TEXT NOT NULL DEFAULT '',
  side TEXT NOT NULL DEFAULT 'applicant' CHECK (side IN ('applicant', 'respondent', 'both')),
  citation_style TEXT NOT NULL DEFAULT 'oscola' CHECK (citation_style IN ('oscola', 'bluebook')),
  settings TEXT NOT NULL DEFAULT '{}'
);

INSERT INTO case_info (id) VALUES (1);

CREATE TABLE nodes (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES nodes (id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('issue', 'claim', 'rule', 'evidence', 'counter', 'response', 'note')),
  title TEXT NOT NULL DEFAULT '',
  side TEXT CHECK (side IN ('applicant', 'respondent')),
  mode TEXT CHECK (mode IN ('all', 'any')),
  standard TEXT CHECK (standard IN ('scintilla', 'preponderance', 'clear_and_convincing', 'beyond_reasonable_doubt')),
  weight TEXT CHECK (weight IN ('strong', 'moderate', 'weak')),
  assessment TEXT CHECK (assessment IN ('accepted', 'contested', 'rejected')),
  disputed INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1)),
  tags TEXT NOT NULL DEFAULT '[]',
  -- the body last, so that reading the outline never reads past it
  body TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT ''
);

CREATE INDEX nodes_by_parent ON nodes (parent_id, position);

CREATE TABLE authorities (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('treaty', 'un_document', 'case', 'legislation', 'book', 'article', 'report', 'webpage', 'other')),
  short TEXT NOT NULL DEFAULT '',
  csl TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE citations (
  node_id INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  authority_key TEXT NOT NULL,
  pinpoint TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (node_id, seq)
) WITHOUT ROWID;

CREATE INDEX citations_by_authority ON citations (authority_key);

CREATE VIRTUAL TABLE nodes_fts USING fts5 (
  title,
  text,
  content = 'nodes',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER nodes_fts_insert AFTER INSERT ON nodes BEGIN
  INSERT INTO nodes_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER nodes_fts_delete AFTER DELETE ON nodes BEGIN
  INSERT INTO nodes_fts (nodes_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER nodes_fts_update AFTER UPDATE OF title, text ON nodes BEGIN
  INSERT INTO nodes_fts (nodes_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO nodes_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
