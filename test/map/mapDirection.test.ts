import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamMessage } from '../../app/api/changeEvent';
import { CaseService } from '../../app/api/service';
import { TEMPLATES_FOLDER, type TempService, tempService } from '../support/tempService';

let temp: TempService;

beforeAll(async () => {
  temp = tempService();
  await temp.api['case-create']({ path: temp.path('pact.casewright'), templateId: 'russia-dprk-pact-2024' });
});

afterAll(() => temp.dispose());

describe('the map direction of a case', () => {
  it('is sent to views with the change, undone and redone, and kept in the file when it is opened again', async () => {
    const messages: StreamMessage[] = [];
    const stop = temp.service.subscribe((message) => messages.push(message));
    await temp.api['case-update']({ mapDirection: 'right' });
    const changes = messages.flatMap((message) => (message.type === 'change' ? [message.change] : []));
    expect(changes.at(-1)?.caseInfo?.mapDirection).toBe('right');
    await temp.api['history-undo']({});
    expect((await temp.api['case-get']({})).mapDirection).toBe('down');
    await temp.api['history-redo']({});
    expect((await temp.api['case-get']({})).mapDirection).toBe('right');
    stop();
    temp.service.close();

    const reopened = new CaseService({ dataFolder: temp.dataFolder, templatesFolder: TEMPLATES_FOLDER });
    try {
      await reopened.call('case-open', { path: temp.path('pact.casewright') });
      expect(((await reopened.call('case-get', {})) as { mapDirection: string }).mapDirection).toBe('right');
    } finally {
      reopened.close();
    }
  });
});
