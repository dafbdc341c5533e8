import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod';
import { resumeSharing } from '../collab/resumeSharing';
import { importDocument } from '../interchange/importDocument';
import { conflict, DamagedFileError } from '../model/errors';
import { CASE_SIDES, type CaseInfo } from '../model/types';
import { CaseSession } from '../session/caseSession';
import { listBackups } from '../store/backups';
import { loadCaseInfo, saveCaseInfo } from '../store/caseInfoStore';
import { loadCollabLink, removeCollabLink } from '../store/collabStore';
import { createCaseDatabase, openCaseDatabase } from '../store/openDatabase';
import { fillPlaceholders, loadTemplate, templateParties } from '../templates/templateLibrary';
import { type ApiContext, requireSession } from './apiContext';
import { method } from './method';
import { templateFolders } from './templateHandlers';

const casePath = () =>
  z
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

const createInput = () =>
  z.strictObject({
    path: casePath(),
    templateId: z.string().max(64).optional(),
    applicant: z.string().trim().min(1).max(500).optional(),
    respondent: z.string().trim().min(1).max(500).optional(),
    side: z.enum(CASE_SIDES).optional(),
    title: z.string().max(2000).optional(),
  });

/** Creates a case file and opens it. */
export function createCase(context: ApiContext, input: z.output<ReturnType<typeof createInput>>): CaseView {
  const path = resolve(input.path);
  const template =
    input.templateId === undefined ? undefined : loadTemplate(templateFolders(context), input.templateId);
  const database = createCaseDatabase(path);
  try {
    const session = new CaseSession(database, path, context.dataFolder);
    session.change('Create case', () => {
      if (template) {
        const parties = templateParties(template);
        const values = {
          applicant: input.applicant ?? parties.applicant,
          respondent: input.respondent ?? parties.respondent,
        };
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

/** Opens a case file (the open one stays as it is). */
export function openCase(context: ApiContext, file: string): CaseView {
  const path = resolve(file);
  if (context.session?.path === path) return { path, ...context.session.caseInfo() };
  try {
    return switchTo(context, new CaseSession(openCaseDatabase(path, context.dataFolder), path, context.dataFolder));
  } catch (error) {
    throw offerBackup(error, path, context.dataFolder);
  }
}

/** Adds the latest backup to the message of a damaged file, so the user knows how to get the case back. */
function offerBackup(error: unknown, path: string, dataFolder: string): unknown {
  if (!(error instanceof DamagedFileError)) return error;
  const latest = listBackups(path, dataFolder)[0];
  if (!latest) return error;
  return new DamagedFileError(
    `${error.message} The latest backup was taken at ${latest.createdAt}: restore it with File → Restore Backup… in the desktop app, or with "casewright restore ${path}".`,
  );
}

export const fileHandlers = {
  /** Creates a case file, empty or from a template with its placeholders filled, and opens it. */
  'case-create': method(createInput, createCase),

  /** Opens an existing case file (refusing, untouched, anything that is not a Casewright case). */
  'case-open': method(
    () => z.strictObject({ path: casePath() }),
    async (context, input) => {
      const before = context.session;
      const view = openCase(context, input.path);
      if (context.session && context.session !== before) await resumeSharing(context.session, context.dataFolder);
      return view;
    },
  ),

  /**
   * Opens the sample case (the Russia–DPRK pact), a copy in the user's data folder, creating it from
   * its template the first time.
   */
  'case-open-sample': method(
    () => z.strictObject({}),
    (context) => {
      const path = join(context.dataFolder, SAMPLE_FILE_NAME);
      if (existsSync(path)) return openCase(context, path);
      mkdirSync(context.dataFolder, { recursive: true });
      return createCase(context, {
        path,
        templateId: SAMPLE_TEMPLATE,
        applicant: 'Republic of Korea',
        respondent: 'Russian Federation',
      });
    },
  ),

  /** Closes the open case. */
  'case-close': method(
    () => z.strictObject({}),
    (context) => {
      context.session?.close();
      context.session = undefined;
      return { closed: true };
    },
  ),

  /**
   * Copies the case to a new file with SQLite's backup API and continues in the copy. The copy of a shared case is an
   * ordinary case (two files writing as one replica would corrupt the shared case): `notice` says so.
   */
  'case-save-as': method(
    () => z.strictObject({ path: casePath() }),
    async (context, input) => {
      const session = requireSession(context);
      const path = resolve(input.path);
      if (existsSync(path)) throw conflict(`${path} already exists; choose another file name.`);
      const link = loadCollabLink(session.database);
      const original = session.path;
      await session.database.backup(path);
      const database = openCaseDatabase(path, context.dataFolder);
      if (link) removeCollabLink(database);
      const view = switchTo(context, new CaseSession(database, path, context.dataFolder));
      const notice = link
        ? `The copy is an ordinary case of its own, not shared: “${link.name}” on ${link.url} is edited together in ${original}.`
        : null;
      return { ...view, notice };
    },
  ),
};
