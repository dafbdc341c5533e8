import * as z from 'zod';
import { exportDocument } from '../interchange/exportDocument';
import { importDocument } from '../interchange/importDocument';
import { notFound } from '../model/errors';
import {
  deleteUserTemplate,
  fillPlaceholders,
  listTemplates,
  loadTemplate,
  saveUserTemplate,
  type TemplateFolders,
  userTemplatesFolder,
} from '../templates/templateLibrary';
import { type ApiContext, requireSession } from './apiContext';
import { method } from './method';

/** The built-in and the user's template folders. */
export const templateFolders = (context: ApiContext): TemplateFolders => ({
  builtIn: context.templatesFolder,
  user: userTemplatesFolder(context.dataFolder),
});

const templateId = () => z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and hyphens');

export const templateHandlers = {
  /** Built-in and user templates (id, title, description), and any template file that failed to load. */
  'templates-list': method(
    () => z.strictObject({}),
    (context) => listTemplates(templateFolders(context)),
  ),

  /** Saves the open case, or one subtree of it, as a user template. */
  'templates-save': method(
    () =>
      z.strictObject({
        id: templateId(),
        title: z.string().trim().min(1).max(200),
        description: z.string().max(500).default(''),
        nodeId: z.number().int().positive().optional(),
      }),
    (context, input) => {
      const session = requireSession(context);
      if (input.nodeId !== undefined && !session.summary(input.nodeId)) {
        throw notFound(`There is no node ${input.nodeId} in this case.`);
      }
      const document = exportDocument(session.database, input.nodeId === undefined ? {} : { rootId: input.nodeId });
      const path = saveUserTemplate(templateFolders(context), {
        format: 'casewright',
        version: 1,
        template: { id: input.id, title: input.title, description: input.description },
        ...(document.case ? { case: document.case } : {}),
        ...(document.authorities ? { authorities: document.authorities } : {}),
        ...(document.nodes ? { nodes: document.nodes } : {}),
      });
      return { id: input.id, path };
    },
  ),

  /** Adds a template's nodes and authorities to the open case as one undoable step, its placeholders filled. */
  'templates-apply': method(
    () =>
      z.strictObject({
        id: templateId(),
        applicant: z.string().trim().min(1).max(500).optional(),
        respondent: z.string().trim().min(1).max(500).optional(),
      }),
    (context, input) => {
      const session = requireSession(context);
      const info = session.caseInfo();
      const values = {
        applicant: input.applicant ?? (info.applicant || 'Applicant'),
        respondent: input.respondent ?? (info.respondent || 'Respondent'),
      };
      const { template: _info, ...content } = fillPlaceholders(
        loadTemplate(templateFolders(context), input.id),
        values,
      );
      return session.change('Apply template', () => importDocument(session.database, content));
    },
  ),

  /** Deletes a user template. */
  'templates-delete': method(
    () => z.strictObject({ id: templateId() }),
    (context, input) => {
      deleteUserTemplate(templateFolders(context), input.id);
      return { deleted: input.id };
    },
  ),
};
