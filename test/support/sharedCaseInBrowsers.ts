import type { Browser, Page } from 'playwright-core';
import type { ApiClient } from '../../app/api/handlers';
import { newReplica, settled, type TeamServer } from '../collab/replicas';
import { startWebMode, type WebMode } from './browser';

/** A member's copy of a shared case: its file and the data folder where the member's token is kept. */
export interface SharedCopy {
  file: string;
  dataFolder: string;
}

/**
 * Two members' copies of one case shared on `team` as `name`: `seed` writes the case before the first member shares
 * it, the second opens it; both services are closed, so that the copies are left for their apps.
 */
export async function sharedCopies(
  team: TeamServer,
  name: string,
  seed: (api: ApiClient) => Promise<unknown>,
): Promise<[SharedCopy, SharedCopy]> {
  const [first, second] = [newReplica(), newReplica()];
  await first.api['case-create']({ path: first.file, title: 'Applicant v Respondent' });
  await seed(first.api);
  await first.api['case-share']({ url: team.server.url, name, token: team.tokens[0]! });
  await second.api['case-open-shared']({ url: team.server.url, name, token: team.tokens[1]!, path: second.file });
  await settled(first.api);
  await settled(second.api);
  first.service.close();
  second.service.close();
  return [first, second];
}

/** The browser mode on a member's copy, and a page of its own (1280×800) once the outline shows; `webs` collects the servers to stop. */
export async function openSharedPage(browser: Browser, copy: SharedCopy, webs: WebMode[]): Promise<Page> {
  const web = await startWebMode(copy.file, copy.dataFolder);
  webs.push(web);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(web.url);
  await page.getByRole('tree', { name: 'Outline' }).waitFor();
  return page;
}
