import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oralPreset } from '../../app/model/oral';
import { type TempService, tempService } from '../support/tempService';

let t: TempService;
beforeEach(() => {
  t = tempService();
});
afterEach(() => t.dispose());

describe('the oral-argument outline', () => {
  it('gives each issue and point its speaker and minutes, and leaves bench questions out of the memorial', async () => {
    await t.api['case-create']({ path: t.path('oral.casewright') });
    await t.api['case-update']({
      applicant: 'Ukraine',
      respondent: 'Russia',
      oral: oralPreset('appellate', 'Ukraine', 'Russia'),
    });
    const issue = await t.api['nodes-add']({
      parentId: null,
      kind: 'issue',
      title: 'Whether the Court has jurisdiction',
      speaker: 'Counsel for Ukraine',
      minutes: 9,
    });
    await t.api['nodes-add']({
      parentId: issue.id,
      kind: 'claim',
      title: 'Russia may consent under Article 38(5)',
      speaker: 'Counsel for Ukraine',
      minutes: 4,
    });
    await t.api['nodes-add']({
      parentId: issue.id,
      kind: 'question',
      title: 'Has Russia ever consented?',
      text: 'No.',
    });

    const outline = await t.api['export-document']({ format: 'docx', layout: 'outline' });
    const path = t.path('outline.docx');
    writeFileSync(path, Buffer.from(outline.base64!, 'base64'));
    const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', path], { encoding: 'utf8' });
    expect(text).toContain('Whether the Court has jurisdiction (9 min, Counsel for Ukraine)');
    expect(text).toContain('Russia may consent under Article 38(5) (4 min, Counsel for Ukraine)');
    expect(text).toContain('Bench: Has Russia ever consented?');

    const memorial = (await t.api['export-document']({ format: 'md', layout: 'memorial' })).text!;
    expect(memorial).not.toContain('Has Russia ever consented');
  });
});
