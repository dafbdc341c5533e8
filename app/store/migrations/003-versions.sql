CREATE TABLE versions (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  automatic INTEGER NOT NULL DEFAULT 0 CHECK (automatic IN (0, 1))
);

-- Each version keeps only the rows that differ from the next version (the newest: from the case now),
-- copied by the triggers below the first time such a row changes after the version was saved.
-- 'place' is a node's parent and position, 'content' the rest of it; NULL data means "did not exist".
CREATE TABLE version_rows (
  version_id INTEGER NOT NULL REFERENCES versions (id),
  part TEXT NOT NULL CHECK (part IN ('place', 'content', 'authority', 'case')),
  row_id INTEGER NOT NULL,
  data TEXT,
  PRIMARY KEY (version_id, part, row_id)
) WITHOUT ROWID;

CREATE TRIGGER versions_node_insert AFTER INSERT ON nodes WHEN EXISTS (SELECT 1 FROM versions) BEGIN
  INSERT OR IGNORE INTO version_rows (version_id, part, row_id, data)
  VALUES ((SELECT max(id) FROM versions), 'place', new.id, NULL), ((SELECT max(id) FROM versions), 'content', new.id, NULL);
END;

CREATE TRIGGER versions_node_delete AFTER DELETE ON nodes WHEN EXISTS (SELECT 1 FROM versions) BEGIN
  INSERT OR IGNORE INTO version_rows (version_id, part, row_id, data)
  VALUES
    ((SELECT max(id) FROM versions), 'place', old.id, json_array(old.parent_id, old.position)),
    ((SELECT max(id) FROM versions), 'content', old.id, json_array(old.kind, old.title, old.side, old.mode, old.standard,
      old.weight, old.assessment, old.disputed, old.tags, old.speaker, old.minutes, old.difficulty, old.body));
END;

CREATE TRIGGER versions_node_place AFTER UPDATE OF parent_id, position ON nodes WHEN EXISTS (SELECT 1 FROM versions) BEGIN
  INSERT OR IGNORE INTO version_rows (version_id, part, row_id, data)
  VALUES ((SELECT max(id) FROM versions), 'place', old.id, json_array(old.parent_id, old.position));
END;

CREATE TRIGGER versions_node_content AFTER UPDATE OF kind, title, side, mode, standard, weight, assessment, disputed, tags, speaker, minutes, difficulty, body
ON nodes WHEN EXISTS (SELECT 1 FROM versions) BEGIN
  INSERT OR IGNORE INTO version_rows (version_id, part, row_id, data)
  VALUES ((SELECT max(id) FROM versions), 'content', old.id, json_array(old.kind, old.title, old.side, old.mode,
    old.standard, old.weight, old.assessment, old.disputed, old.tags, old.speaker, old.minutes, old.difficulty, old.body));
END;

CREATE TRIGGER versions_authority_insert AFTER INSERT ON authorities WHEN EXISTS (SELECT 1 FROM versions) BEGIN
  INSERT OR IGNORE INTO version_rows (version_id, part, row_id, data)
  VALUES ((SELECT max(id) FROM versions), 'authority', new.id, NULL);
END;

CREATE TRIGGER versions_authority_change AFTER UPDATE ON authorities WHEN EXISTS (SELECT 1 FROM versions) BEGIN
  INSERT OR IGNORE INTO version_rows (version_id, part, row_id, data)
  VALUES ((SELECT max(id) FROM versions), 'authority', old.id, json_array(old.key, old.type, old.short, old.csl));
END;

CREATE TRIGGER versions_authority_delete AFTER DELETE ON authorities WHEN EXISTS (SELECT 1 FROM versions) BEGIN
  INSERT OR IGNORE INTO version_rows (version_id, part, row_id, data)
  VALUES ((SELECT max(id) FROM versions), 'authority', old.id, json_array(old.key, old.type, old.short, old.csl));
END;

CREATE TRIGGER versions_case_change AFTER UPDATE ON case_info WHEN EXISTS (SELECT 1 FROM versions) BEGIN
  INSERT OR IGNORE INTO version_rows (version_id, part, row_id, data)
  VALUES ((SELECT max(id) FROM versions), 'case', 1, json_array(old.title, old.forum, old.applicant, old.respondent,
    old.side, old.citation_style, old.settings));
END;
