import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type TempService, tempService } from './tempService';

export const MEMORIAL_FIXTURE = resolve(import.meta.dirname, '../fixtures/memorial-case.json');

/** A temporary service with a new case holding a fixture (by default the memorial fixture). */
export async function serviceWithCase(fixture = MEMORIAL_FIXTURE): Promise<TempService> {
  const temp = tempService();
  await temp.api['case-create']({ path: temp.path('case.casewright') });
  await temp.api['interchange-import']({ document: readFileSync(fixture, 'utf8'), source: fixture });
  return temp;
}

/** The citations of a fixture's bodies, counted from its Markdown `text` fields as the user wrote them. */
export function fixtureCitations(fixture = MEMORIAL_FIXTURE): { key: string; pinpoint: string }[] {
  const text = readFileSync(fixture, 'utf8');
  return [...text.matchAll(/\[@([^\],]+)(?:, ([^\]]*))?\]/g)].map((match) => ({
    key: match[1]!,
    pinpoint: match[2] ?? '',
  }));
}
