import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isDamagedDatabaseError } from '../app/store/sqliteDamage';

const sqliteError = (code: string, message = 'reason') => new Database.SqliteError(message, code);

describe('a damaged file is recognised by SQLite’s error code, not by the words of its message', () => {
  it.each([
    ['SQLITE_CORRUPT', true],
    ['SQLITE_CORRUPT_INDEX', true],
    ['SQLITE_CORRUPT_VTAB', true],
    ['SQLITE_NOTADB', true],
    ['SQLITE_BUSY', false],
    ['SQLITE_LOCKED', false],
    ['SQLITE_IOERR_SHORT_READ', false],
    ['SQLITE_CANTOPEN', false],
    ['SQLITE_CORRUPTION', false],
  ])('%s: %s', (code, damaged) => {
    expect(isDamagedDatabaseError(sqliteError(code))).toBe(damaged);
  });

  it('an error that only says "malformed" or "damaged" is not taken for damage', () => {
    expect(isDamagedDatabaseError(new Error('database disk image is malformed'))).toBe(false);
    expect(isDamagedDatabaseError(sqliteError('SQLITE_BUSY', 'the file is damaged'))).toBe(false);
    expect(isDamagedDatabaseError(undefined)).toBe(false);
    expect(isDamagedDatabaseError({ code: 7 })).toBe(false);
  });
});
