import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateInSentence } from '../export/caseNames';
import type { CasewrightDocument } from '../interchange/documentSchema';
import { parseDocument } from '../interchange/parseDocument';
import { CasewrightError, conflict, invalidInput, notFound } from '../model/errors';

export interface TemplateInfo {
  id: string;
  title: string;
  description: string;
  source: 'built-in' | 'user';
}

export interface TemplateProblem {
  file: string;
  message: string;
}

export interface TemplateFolders {
  builtIn: string;
  user: string;
}

/** The folder of the user's own templates, inside the data folder. */
export const userTemplatesFolder = (dataFolder: string) => join(dataFolder, 'templates');

/** Every template that validates, built-in first, and a problem for each file that does not. */
export function listTemplates(folders: TemplateFolders): { templates: TemplateInfo[]; problems: TemplateProblem[] } {
  const templates: TemplateInfo[] = [];
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  for (const [folder, source] of [
    [folders.builtIn, 'built-in'],
    [folders.user, 'user'],
  ] as const) {
    for (const file of jsonFiles(folder)) {
      const path = join(folder, file);
      try {
        const document = readTemplateFile(path);
        const info = document.template!;
        if (seen.has(info.id)) continue;
        seen.add(info.id);
        templates.push({ id: info.id, title: info.title, description: info.description, source });
      } catch (error) {
        problems.push({ file: path, message: (error as Error).message });
      }
    }
  }
  return { templates, problems };
}

/** A template's document, validated; a clear error when there is no such template or it is invalid. */
export function loadTemplate(folders: TemplateFolders, id: string): CasewrightDocument {
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) throw notFound(`There is no template "${id}".`);
  for (const folder of [folders.builtIn, folders.user]) {
    const path = join(folder, `${id}.json`);
    if (existsSync(path)) return readTemplateFile(path);
  }
  throw notFound(`There is no template "${id}". Run "casewright templates" to list them.`);
}

/** Writes a document as a user template; refuses the id of a built-in template. */
export function saveUserTemplate(folders: TemplateFolders, document: CasewrightDocument): string {
  const id = document.template?.id;
  if (!id) throw invalidInput('A template needs an id.', 'template.id');
  if (existsSync(join(folders.builtIn, `${id}.json`))) {
    throw conflict(`"${id}" is the id of a built-in template; choose another id.`);
  }
  parseDocument(document, `template ${id}`);
  mkdirSync(folders.user, { recursive: true });
  const path = join(folders.user, `${id}.json`);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(document, null, 2)}\n`);
  renameSync(temporary, path);
  return path;
}

/** Deletes a user template; built-in templates cannot be deleted. */
export function deleteUserTemplate(folders: TemplateFolders, id: string): void {
  if (existsSync(join(folders.builtIn, `${id}.json`)))
    throw conflict(`"${id}" is a built-in template and cannot be deleted.`);
  const path = join(folders.user, `${id}.json`);
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id) || !existsSync(path)) throw notFound(`There is no user template "${id}".`);
  unlinkSync(path);
}

/**
 * The parties a case made from the template starts with: the template's own names where it gives them (the sample
 * case names the Republic of Korea and the Russian Federation), else "Applicant" and "Respondent".
 */
export function templateParties(document: CasewrightDocument): { applicant: string; respondent: string } {
  const named = (value: string | undefined, fallback: string) =>
    value !== undefined && value.trim() !== '' && !value.includes('{{') ? value.trim() : fallback;
  return {
    applicant: named(document.case?.applicant, 'Applicant'),
    respondent: named(document.case?.respondent, 'Respondent'),
  };
}

/**
 * Replaces `{{applicant}}`, `{{respondent}}` and the other placeholders in every string of a document. A party
 * stands bare where it is the whole string or part of a case name ("Japan v Russian Federation"); in running text it
 * takes the article it needs ("Whether the Respondent breached", "the Russian Federation"), with a capital at the
 * start of a sentence.
 */
export function fillPlaceholders<T>(value: T, values: Record<string, string>): T {
  const fill = (text: string) =>
    text.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (whole, name: string, offset: number) => {
      const filled = values[name];
      if (filled === undefined) return whole;
      if (name !== 'applicant' && name !== 'respondent') return filled;
      const before = text.slice(0, offset);
      const after = text.slice(offset + whole.length);
      if (text.trim() === whole || /\bv\.?\s$/.test(before) || /^\s+v\.?\s/.test(after)) return filled;
      const label = name === 'applicant' ? 'Applicant' : 'Respondent';
      const running = filled.trim().toLowerCase() === label.toLowerCase() ? `the ${label}` : stateInSentence(filled);
      return /(^|[.!?]\s+|[[(“"‘]\s*)$/.test(before) ? running.charAt(0).toUpperCase() + running.slice(1) : running;
    });
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return fill(item);
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === 'object') {
      return Object.fromEntries(Object.entries(item).map(([key, child]) => [key, walk(child)]));
    }
    return item;
  };
  return walk(value) as T;
}

function readTemplateFile(path: string): CasewrightDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CasewrightError('io', `${path} cannot be read: ${(error as Error).message}`);
  }
  const document = parseDocument(text, path);
  const expected = path.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  if (!document.template)
    throw invalidInput(`${path}: template: missing (a template needs an id, a title and a description)`, 'template');
  if (document.template.id !== expected) {
    throw invalidInput(
      `${path}: template.id: "${document.template.id}" does not match the file name "${expected}.json"`,
      'template.id',
    );
  }
  return document;
}

function jsonFiles(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
}
