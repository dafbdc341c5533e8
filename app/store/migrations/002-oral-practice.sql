-- The `question` kind, and a speaker, minutes and difficulty for each node: SQLite cannot change a CHECK
-- constraint in place, so the nodes table is rebuilt (ids kept, so the search index and citations stay valid).
PRAGMA defer_foreign_keys = ON;

CREATE TABLE nodes_rebuilt (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES nodes_rebuilt (id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('issue', 'claim', 'rule', 'evidence', 'counter', 'response', 'note', 'question')),
  title TEXT NOT NULL DEFAULT '',
  side TEXT CHECK (side IN ('applicant', 'respondent')),
  mode TEXT CHECK (mode IN ('all', 'any')),
  standard TEXT CHECK (standard IN ('scintilla', 'preponderance', 'clear_and_convincing', 'beyond_reasonable_doubt')),
  weight TEXT CHECK (weight IN ('strong', 'moderate', 'weak')),
  assessment TEXT CHECK (assessment IN ('accepted', 'contested', 'rejected')),
  disputed INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1)),
  tags TEXT NOT NULL DEFAULT '[]',
  speaker TEXT,
  minutes REAL CHECK (minutes > 0),
  difficulty TEXT CHECK (difficulty IN ('easy', 'medium', 'hard')),
  -- the body last, so that reading the outline never reads past it
  body TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT ''
);

INSERT INTO nodes_rebuilt (id, parent_id, position, kind, title, side, mode, standard, weight, assessment, disputed, tags, body, text)
  SELECT id, parent_id, position, kind, title, side, mode, standard, weight, assessment, disputed, tags, body, text FROM nodes;

-- dropping the old table deletes the citations that reference it: keep them aside
CREATE TEMP TABLE citations_kept AS SELECT node_id, seq, authority_key, pinpoint FROM citations;

DROP TRIGGER nodes_fts_insert;
DROP TRIGGER nodes_fts_delete;
DROP TRIGGER nodes_fts_update;
DROP TABLE nodes;
ALTER TABLE nodes_rebuilt RENAME TO nodes;

INSERT INTO citations (node_id, seq, authority_key, pinpoint) SELECT node_id, seq, authority_key, pinpoint FROM citations_kept;
DROP TABLE temp.citations_kept;

CREATE INDEX nodes_by_parent ON nodes (parent_id, position);

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

-- a practice round of the oral argument: who spoke, when, and what happened (points, questions, times) as JSON
CREATE TABLE practice_runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  speaker TEXT NOT NULL,
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  record TEXT NOT NULL DEFAULT '{}'
);
