import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ApiClient } from '../app/api/handlers';
import { CaseService } from '../app/api/service';

/** The figures of the versions rows: medians in ms, sizes in bytes. */
export interface VersionsFigures {
  diff10kMs: number;
  docx1kMs: number;
  redlineDocx1kMs: number;
  sizeWithoutVersions: number;
  sizeWithVersions: number;
}

type Median = (work: () => Promise<unknown>, runs: number, warmup?: number) => Promise<number>;

/** A file's size once its WAL is folded in and its free pages dropped, as it would be copied or mailed. */
function compactSize(path: string, copy: string): number {
  copyFileSync(path, copy);
  const database = new Database(copy);
  database.exec('VACUUM');
  database.close();
  return statSync(copy).size;
}

async function withCase<T>(
  path: string,
  folder: string,
  dataFolder: string,
  work: (api: ApiClient) => Promise<T>,
): Promise<T> {
  const service = new CaseService({ dataFolder, templatesFolder: join(folder, 'none') });
  try {
    const api = service.client();
    await api['case-open']({ path });
    return await work(api);
  } finally {
    service.close();
  }
}

/**
 * diff-10k: two versions of a 10,000-node case 100 edits apart; redline-docx-1k: the memorial of the 1,000-node
 * case as a redline against a version 20 edits back, beside the plain DOCX; and the size of a 1,000-node case after
 * 100 versions with one edit each, beside the same edits without versions.
 */
export async function measureVersions(
  folder: string,
  dataFolder: string,
  cases: { case10k: string; case1k: string; plain1k: string; versioned1k: string },
  medianOf: Median,
): Promise<VersionsFigures> {
  const diff10kMs = await withCase(cases.case10k, folder, dataFolder, async (api) => {
    await api['versions-save']({ name: 'Before 100 edits' });
    for (let edit = 0; edit < 100; edit++) {
      await api['nodes-update']({ id: 1 + ((edit * 97) % 10_000), title: `Edited title ${edit}` });
    }
    return medianOf(() => api['versions-compare']({}), 7);
  });
  const memorial = { layout: 'memorial', date: '2026-01-01', format: 'docx' } as const;
  const [docx1kMs, redlineDocx1kMs] = await withCase(cases.case1k, folder, dataFolder, async (api) => {
    await api['versions-save']({ name: 'Sent to the coach' });
    for (let edit = 0; edit < 20; edit++) {
      await api['nodes-update']({ id: 1 + ((edit * 47) % 1000), title: `Redrafted heading ${edit}` });
    }
    const plain = await medianOf(() => api['export-document'](memorial), 5);
    const redline = await medianOf(() => api['export-document']({ ...memorial, changesSince: 'Sent to the coach' }), 5);
    return [plain, redline];
  });
  for (const [path, versions] of [
    [cases.plain1k, false],
    [cases.versioned1k, true],
  ] as const) {
    await withCase(path, folder, dataFolder, async (api) => {
      for (let edit = 0; edit < 100; edit++) {
        if (versions) await api['versions-save']({ name: `Draft ${edit}` });
        await api['nodes-update']({ id: 1 + ((edit * 13) % 1000), title: `Draft ${edit} title` });
      }
    });
  }
  return {
    diff10kMs,
    docx1kMs,
    redlineDocx1kMs,
    sizeWithoutVersions: compactSize(cases.plain1k, join(folder, 'plain-copy.casewright')),
    sizeWithVersions: compactSize(cases.versioned1k, join(folder, 'versioned-copy.casewright')),
  };
}
