import { afterEach, beforeEach, expect, it } from 'vitest';
import { bodyPlainText } from '../app/body/bodyText';
import type { BodyDocument } from '../app/body/types';
import { type TempService, tempService } from './support/tempService';

let first: TempService;
let second: TempService;

function paragraphs(...texts: string[]): BodyDocument {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

const BASE = paragraphs('The parties consented.', 'The Court has jurisdiction.');

beforeEach(() => {
  first = tempService();
  second = tempService();
});

afterEach(() => {
  second.dispose();
  first.dispose();
});

it('merges a body saved from a base that another process has changed since, paragraph by paragraph', async () => {
  const file = first.path('case.casewright');
  await first.api['case-create']({ path: file, title: 'Applicant v Respondent' });
  const claim = await first.api['nodes-add']({ parentId: null, kind: 'claim', title: 'Consent', body: BASE });
  await second.api['case-open']({ path: file });
  await second.api['nodes-update']({
    id: claim.id,
    body: paragraphs('Both parties consented in writing.', 'The Court has jurisdiction.'),
  });
  await first.api['nodes-update']({
    id: claim.id,
    baseBody: BASE,
    body: paragraphs('The parties consented.', 'The Court has jurisdiction under Article 36.'),
  });
  const expected = 'Both parties consented in writing.\nThe Court has jurisdiction under Article 36.';
  expect(bodyPlainText((await first.api['nodes-get']({ id: claim.id })).body)).toBe(expected);
  expect(bodyPlainText((await second.api['nodes-get']({ id: claim.id })).body)).toBe(expected);
});
