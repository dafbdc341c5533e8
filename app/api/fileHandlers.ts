import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { importDocument } from '../interchange/importDocument';
import { conflict, notFound } from '../model/errors';
import { CASE_SIDES, type CaseInfo } from '../model/types';
import { CaseSession } from '../session/caseSession';
import { backupCase, listBackups } from '../store/backups';
import { loadCaseInfo, saveCaseInfo } from '../store/caseInfoStore';
import { inspectCaseFile } from '../store/fileHeader';
import { SCHEMA_VERSION } from '../store/migrations/index';
import { createCaseDatabase, openCaseDatabase } from '../store/openDatabase';
import { fillPlaceholders, loadTemplate } from '../templates/templateLibrary';
import { type ApiContext, requireSession } from './apiContext';
import { method } from './method';
import { templateFolders } from './templateHandlers';

const casePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0'), 'a path cannot contain NUL characters');

/** The template of the sample case, and the name of its copy in the data folder. */
export const SAMPLE_TEMPLATE = 'russia-dprk-pact-2024';
const SAMPLE_FILE_NAME = 'Sample case - Russia-DPRK pact 2024.casewright';

type CaseView = { path: string } & CaseInfo;

function switchTo(context: ApiContext, session: CaseSession): CaseView {
  context.session?.close();
  context.session = session;
  return { path: session.path, ...session.caseInfo() };
}

const createInput = z.strictObject({
  path: casePath,
  templateId: z.string().max(64).optional(),
  applicant: z.string().trim().min(1).max(500).optional(),
  respondent: z.string().trim().min(1).max(500).optional(),
  side: z.enum(CASE_SIDES).optional(),
  title: z.string().max(2000).optional(),
});

function createCase(context: ApiContext, input: z.output<typeof createInput>): CaseView {
  const path = resolve(input.path);
  const template =
    input.templateId === undefined ? undefined : loadTemplate(templateFolders(context), input.templateId);
  const database = createCaseDatabase(path);
  try {
    const session = new CaseSession(database, path, context.dataFolder);
    session.change('Create case', () => {
      if (template) {
        const values = { applicant: input.applicant ?? 'Applicant', respondent: input.respondent ?? 'Respondent' };
        const { template: _info, ...content } = fillPlaceholders(template, values);
        importDocument(database, content);
      }
      const info = loadCaseInfo(database);
      saveCaseInfo(database, {
        ...info,
        title: input.title ?? info.title,
        applicant: input.applicant ?? info.applicant,
        respondent: input.respondent ?? info.respondent,
        side: input.side ?? info.side,
      });
    });
    session.history.clear();
    return switchTo(context, session);
  } catch (error) {
    database.close();
    rmSync(path, { force: true });
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    throw error;
  }
}

function openCase(context: ApiContext, file: string): CaseView {
  const path = resolve(file);
  if (context.session?.path === path) return { path, ...context.session.caseInfo() };
  return switchTo(context, new CaseSession(openCaseDatabase(path, context.dataFolder), path, context.dataFolder));
}

export const fileHandlers = {
  /** Creates a case file, empty or from a template with its placeholders filled, and opens it. */
  'case-create': method(createInput, createCase),

  /** Opens an existing case file (refusing, untouched, anything that is not a Casewright case). */
  'case-open': method(z.strictObject({ path: casePath }), (context, input) => openCase(context, input.path)),

  /**
   * Opens the sample case (the Russia–DPRK pact), a copy in the user's data folder, creating it from
   * its template the first time.
   */
  'case-open-sample': method(z.strictObject({}), (context) => {
    const path = join(context.dataFolder, SAMPLE_FILE_NAME);
    if (existsSync(path)) return openCase(context, path);
    mkdirSync(context.dataFolder, { recursive: true });
    return createCase(context, {
      path,
      templateId: SAMPLE_TEMPLATE,
      applicant: 'Republic of Korea',
      respondent: 'Russian Federation',
    });
  }),

  /** Closes the open case. */
  'case-close': method(z.strictObject({}), (context) => {
    context.session?.close();
    context.session = undefined;
    return { closed: true };
  }),

  /** Copies the case to a new file with SQLite's backup API and continues in the copy. */
  'case-save-as': method(z.strictObject({ path: casePath }), async (context, input) => {
    const session = requireSession(context);
    const path = resolve(input.path);
    if (existsSync(path)) throw conflict(`${path} already exists; choose another file name.`);
    await session.database.backup(path);
    return switchTo(context, new CaseSession(openCaseDatabase(path, context.dataFolder), path, context.dataFolder));
  }),

  /** The open case's backups, newest first. */
  'backups-list': method(z.strictObject({}), (context) => ({
    backups: listBackups(requireSession(context).path, context.dataFolder),
  })),

  /** Takes a backup of the open case now. */
  'backups-create': method(z.strictObject({}), (context) => {
    const session = requireSession(context);
    return backupCase(session.database, session.path, context.dataFolder);
  }),

  /**
   * Replaces the open case with one of its backups (the newest when none is named), after taking
   * a backup of its current state so the restore itself can be undone.
   */
  'backups-restore': method(z.strictObject({ from: casePath.optional() }), (context, input) => {
    const session = requireSession(context);
    const backups = listBackups(session.path, context.dataFolder);
    const chosen =
      input.from === undefined ? backups[0] : backups.find((backup) => backup.path === resolve(input.from!));
    if (!chosen) {
      throw notFound(
        input.from === undefined
          ? `There is no backup of ${session.path} yet.`
          : `${input.from} is not a backup of ${session.path}.`,
      );
    }
    inspectCaseFile(chosen.path, SCHEMA_VERSION);
    const path = session.path;
    const safety = backupCase(session.database, path, context.dataFolder);
    session.close();
    context.session = undefined;
    const temporary = `${path}.restoring`;
    copyFileSync(chosen.path, temporary);
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    renameSync(temporary, path);
    const reopened = new CaseSession(openCaseDatabase(path, context.dataFolder), path, context.dataFolder);
    context.session = reopened;
    return { restoredFrom: chosen.path, previousStateSavedAs: safety.path, ...reopened.caseInfo(), path };
  }),
};
