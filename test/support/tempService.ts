import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ApiClient } from '../../app/api/handlers';
import { CaseService } from '../../app/api/service';

export const TEMPLATES_FOLDER = resolve(import.meta.dirname, '../../templates');

export interface TempService {
  folder: string;
  dataFolder: string;
  service: CaseService;
  api: ApiClient;
  path: (name: string) => string;
  dispose: () => void;
}

/** A service over a fresh temporary folder, as the UI or the CLI would use it. */
export function tempService(): TempService {
  const folder = mkdtempSync(join(tmpdir(), 'casewright-test-'));
  const dataFolder = join(folder, 'data');
  const service = new CaseService({ dataFolder, templatesFolder: TEMPLATES_FOLDER });
  return {
    folder,
    dataFolder,
    service,
    api: service.client(),
    path: (name) => join(folder, name),
    dispose: () => {
      service.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
