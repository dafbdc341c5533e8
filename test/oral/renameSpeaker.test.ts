import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oralPreset } from '../../app/model/oral';
import { type TempService, tempService } from '../support/tempService';

let t: TempService;
beforeEach(() => {
  t = tempService();
});
afterEach(() => t.dispose());

const FIRST = 'Ukraine, first speaker';
const SECOND = 'Ukraine, second speaker';

async function assignedCase() {
  await t.api['case-create']({ path: t.path('rename.casewright') });
  const oral = oralPreset('international', 'Ukraine', 'Russia');
  await t.api['case-update']({ applicant: 'Ukraine', respondent: 'Russia', oral });
  const issue = await t.api['nodes-add']({
    parentId: null,
    kind: 'issue',
    title: 'Breach',
    speaker: FIRST,
    minutes: 8,
  });
  const claim = await t.api['nodes-add']({
    parentId: issue.id,
    kind: 'claim',
    title: 'Procurement',
    speaker: FIRST,
    minutes: 4,
  });
  const other = await t.api['nodes-add']({
    parentId: null,
    kind: 'issue',
    title: 'Remedies',
    speaker: SECOND,
    minutes: 5,
  });
  return { oral, ids: [issue.id, claim.id, other.id] };
}

const speakersOf = async (ids: number[]) =>
  Promise.all(ids.map(async (id) => (await t.api['nodes-get']({ id })).speaker ?? null));

describe('renaming a speaker in the oral-argument settings', () => {
  it('moves every point the speaker argues to the new name, and one undo puts both back', async () => {
    const { oral, ids } = await assignedCase();
    const speakers = oral.speakers.map((speaker) =>
      speaker.name === FIRST ? { ...speaker, name: 'Ms Kovalenko' } : speaker,
    );
    await t.api['case-update']({
      oral: { ...oral, speakers },
      renamedSpeakers: [{ from: FIRST, to: 'Ms Kovalenko' }],
    });
    expect(await speakersOf(ids)).toEqual(['Ms Kovalenko', 'Ms Kovalenko', SECOND]);
    const plan = await t.api['oral-plan']({});
    expect(plan.speakers.find((speaker) => speaker.name === 'Ms Kovalenko')?.assignedMinutes).toBe(12);

    await t.api['history-undo']({});
    expect(await speakersOf(ids)).toEqual([FIRST, FIRST, SECOND]);
    expect((await t.api['case-get']({})).oral.speakers[0]!.name).toBe(FIRST);
  });

  it('lets two speakers swap names, and refuses a rename to a name the settings do not have', async () => {
    const { oral, ids } = await assignedCase();
    const swapped = oral.speakers.map((speaker) => {
      if (speaker.name === FIRST) return { ...speaker, name: SECOND };
      if (speaker.name === SECOND) return { ...speaker, name: FIRST };
      return speaker;
    });
    await t.api['case-update']({
      oral: { ...oral, speakers: swapped },
      renamedSpeakers: [
        { from: FIRST, to: SECOND },
        { from: SECOND, to: FIRST },
      ],
    });
    expect(await speakersOf(ids)).toEqual([SECOND, SECOND, FIRST]);

    const before = await t.api['case-get']({});
    await expect(
      t.api['case-update']({ title: 'Changed', renamedSpeakers: [{ from: FIRST, to: 'Nobody' }] }),
    ).rejects.toThrow('“Nobody” is not a speaker in the oral-argument settings.');
    expect((await t.api['case-get']({})).title).toBe(before.title);
    expect(await speakersOf(ids)).toEqual([SECOND, SECOND, FIRST]);
  });
});
