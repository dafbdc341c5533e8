-- A notice says what was decided (a node kept after deletion, a move undone because it made a cycle, a field
-- overwritten by a collaborator's concurrent edit) and, for an overwritten field, the value that lost, so that the
-- user can restore it; a dismissed notice is no longer shown.
ALTER TABLE collab_notices ADD COLUMN kind TEXT NOT NULL DEFAULT 'kept';
ALTER TABLE collab_notices ADD COLUMN field TEXT;
ALTER TABLE collab_notices ADD COLUMN lost TEXT;
ALTER TABLE collab_notices ADD COLUMN dismissed INTEGER NOT NULL DEFAULT 0;
