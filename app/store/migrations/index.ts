import initial from './001-initial.sql';
import oralPractice from './002-oral-practice.sql';
import versions from './003-versions.sql';
import sources from './004-sources.sql';
import collab from './011-collab.sql';
import conflictsNotices from './012-conflicts-notices.sql';

/** Ordered schema migrations; migration N (1-based) brings `user_version` from N-1 to N. */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
  { name: '001-initial', sql: initial },
  { name: '002-oral-practice', sql: oralPractice },
  { name: '003-versions', sql: versions },
  { name: '004-sources', sql: sources },
  { name: '011-collab', sql: collab },
  { name: '012-conflicts-notices', sql: conflictsNotices },
];

export const SCHEMA_VERSION = MIGRATIONS.length;
