import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod';
import { notFound } from '../model/errors';
import { CaseSession } from '../session/caseSession';
import { backupCase, backupFolderFor, listBackups } from '../store/backups';
import { inspectCaseFile } from '../store/fileHeader';
import { SCHEMA_VERSION } from '../store/migrations/index';
import { openCaseDatabase } from '../store/openDatabase';
import { type ApiContext, requireSession } from './apiContext';
import { method } from './method';

const filePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0'), 'a path cannot contain NUL characters');

/** The case a backup method is about: the one named, or else the open one. */
function caseFile(context: ApiContext, path: string | undefined): string {
  return path === undefined ? requireSession(context).path : resolve(path);
}

/**
 * Keeps the current state of a case file before it is replaced: a backup when it opens, a raw copy
 * (kept apart from the restorable backups) when it is damaged.
 */
function keepCurrentState(path: string, context: ApiContext): string {
  try {
    const database = openCaseDatabase(path, context.dataFolder);
    try {
      return backupCase(database, path, context.dataFolder).path;
    } finally {
      database.close();
    }
  } catch {
    const folder = backupFolderFor(path, context.dataFolder);
    mkdirSync(folder, { recursive: true });
    const copy = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}.damaged`);
    copyFileSync(path, copy);
    return copy;
  }
}

export const backupHandlers = {
  /** A case's backups (the open case, or the file named), newest first. */
  'backups-list': method(z.strictObject({ path: filePath.optional() }), (context, input) => ({
    backups: listBackups(caseFile(context, input.path), context.dataFolder),
  })),

  /** Takes a backup of the open case now. */
  'backups-create': method(z.strictObject({}), (context) => {
    const session = requireSession(context);
    return backupCase(session.database, session.path, context.dataFolder);
  }),

  /**
   * Replaces a case (the open one, or the file named, even when it is damaged) with one of its
   * backups, the newest when none is named, after keeping its current state; then opens it.
   */
  'backups-restore': method(
    z.strictObject({ path: filePath.optional(), from: filePath.optional() }),
    (context, input) => {
      const path = caseFile(context, input.path);
      const backups = listBackups(path, context.dataFolder);
      const chosen =
        input.from === undefined ? backups[0] : backups.find((backup) => backup.path === resolve(input.from!));
      if (!chosen) {
        throw notFound(
          input.from === undefined ? `There is no backup of ${path} yet.` : `${input.from} is not a backup of ${path}.`,
        );
      }
      inspectCaseFile(chosen.path, SCHEMA_VERSION);
      if (context.session?.path === path) {
        context.session.close();
        context.session = undefined;
      }
      const previous = keepCurrentState(path, context);
      const temporary = `${path}.restoring`;
      copyFileSync(chosen.path, temporary);
      rmSync(`${path}-wal`, { force: true });
      rmSync(`${path}-shm`, { force: true });
      renameSync(temporary, path);
      context.session?.close();
      context.session = new CaseSession(openCaseDatabase(path, context.dataFolder), path, context.dataFolder);
      return { restoredFrom: chosen.path, previousStateSavedAs: previous, ...context.session.caseInfo(), path };
    },
  ),
};
