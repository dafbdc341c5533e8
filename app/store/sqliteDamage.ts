/** SQLite's result codes for a file whose content is damaged, as better-sqlite3 reports them in `error.code`. */
const DAMAGE_CODES = ['SQLITE_CORRUPT', 'SQLITE_NOTADB'];

/** Whether an error thrown by SQLite says that the file itself is damaged (not busy, locked or unreadable). */
export function isDamagedDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DAMAGE_CODES.some((damage) => code === damage || code.startsWith(`${damage}_`));
}
