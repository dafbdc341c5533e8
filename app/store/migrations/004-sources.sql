-- The file of each authority's source (the instrument, judgment or report), kept inside the case so that the
-- case travels whole, with the text read from it and the units (paragraphs, articles, pages) pinpoints name.
CREATE TABLE sources (
  authority_id INTEGER PRIMARY KEY REFERENCES authorities (id),
  file_name TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('pdf', 'html', 'docx', 'text')),
  content BLOB NOT NULL,
  text TEXT NOT NULL,
  units TEXT NOT NULL DEFAULT '[]',
  attached_at TEXT NOT NULL
);

-- A citation a person checked against its source by hand: who, and when. It holds for the citation as it was
-- checked (the same authority, pinpoint and quoted words in the same node).
CREATE TABLE citation_checks (
  node_id INTEGER NOT NULL,
  authority_key TEXT NOT NULL,
  pinpoint TEXT NOT NULL,
  quote TEXT NOT NULL,
  checked_by TEXT NOT NULL,
  checked_on TEXT NOT NULL,
  PRIMARY KEY (node_id, authority_key, pinpoint, quote)
) WITHOUT ROWID;
