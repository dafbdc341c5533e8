import { describe, expect, it } from 'vitest';
import { fileName } from '../../app/api/exportHandlers';

describe('an export file name', () => {
  it('is cut at a word, never inside one', () => {
    const title =
      'Application of the International Convention for the Suppression of the Financing of Terrorism (Ukraine v Russia)';
    const name = fileName(title, 'memorial', 'applicant', 'docx');
    expect(name).toBe('application-of-the-international-convention-for-the-memorial-applicant.docx');
    const stem = name.replace(/-memorial-applicant\.docx$/, '');
    expect(stem.length).toBeLessThanOrEqual(60);
    expect(title.toLowerCase().replace(/[^a-z0-9]+/g, '-')).toMatch(new RegExp(`^${stem}-`));
  });

  it('keeps a short title whole, and names an untitled case "case"', () => {
    expect(fileName('Pulp Mills', 'memo', 'respondent', 'pdf')).toBe('pulp-mills-memo-respondent.pdf');
    expect(fileName('   ', 'outline', 'applicant', 'md')).toBe('case-outline-applicant.md');
  });

  it('cuts a single word longer than the limit at the limit', () => {
    expect(fileName('x'.repeat(80), 'memo', 'applicant', 'md')).toBe(`${'x'.repeat(60)}-memo-applicant.md`);
  });
});
